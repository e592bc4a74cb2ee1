/**
 * The heavy half of the finder: feed adapters and normalization, the search index, and the
 * type-label catalog's codes with their English labels. `<rk-meeting-provider>` imports this
 * chunk when it connects, so it downloads while the feed does. Other languages' labels are one
 * small chunk each (`loadTypeLanguage`), loaded only for the languages shown (and all of them
 * for a CSV feed, whose types may be named in any of them).
 */
export { loadMeetings } from '../../core/meetings/load.js';
export { createMeetingIndex } from '../../core/meetings/filter.js';
export { typeLabel, hasTypeLanguage, loadTypeLanguage, TYPE_LANGS } from '../../core/meetings/types.js';
export { MeetingsInputError } from '../../core/meetings/model.js';
