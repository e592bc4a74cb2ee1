/**
 * The heavy half of the finder: feed adapters and normalization, the search index, and the
 * type-label catalog (87 codes in 9 languages). `<rk-meeting-provider>` imports this chunk
 * when it connects, so it downloads while the feed does.
 */
export { loadMeetings } from '../../core/meetings/load.js';
export { createMeetingIndex } from '../../core/meetings/filter.js';
export { typeLabel } from '../../core/meetings/types.js';
export { MeetingsInputError } from '../../core/meetings/model.js';
