import type { LazyCatalog } from '../../core/i18n/index.js';
import { finderMessages, type FinderMessages } from '../meeting-provider/messages.js';

/**
 * Texts only the details show (join, directions, calendar, share...): they load with the
 * details part, when a meeting is first opened, not with the list. The rest comes from the
 * finder's catalog.
 */
export type DetailsMessages = FinderMessages & {
  back: string;
  join: string;
  call: (phone: string) => string;
  directions: string;
  appleMaps: string;
  googleMaps: string;
  osm: string;
  addToCalendar: string;
  downloadIcs: string;
  googleCalendar: string;
  copyLink: string;
  share: string;
  copied: string;
  website: string;
  meetingPage: string;
  group: string;
  notes: string;
  locationNotes: string;
  onlineHeading: string;
  /** `d`: the localized date the feed says the meeting was last updated ("January 15, 2024"). */
  updated: (d: string) => string;
  meetingTime: (t: string) => string;
  /** Type TC with an online link or phone. */
  noticeClosedOnline: string;
  /** Type TC, no online link or phone. */
  noticeClosed: string;
  /** Inactive: no street address and no online link. */
  noticeInactive: string;
  /** Inactive as the feed says, though it gives a place or a link. */
  noticeInactiveListed: string;
  /** Beside the address of a TC meeting. */
  placeClosed: string;
};

export const detailsMessages: LazyCatalog<DetailsMessages> = {
  en: {
    ...(finderMessages.en as FinderMessages),
    back: 'Back to the list',
    join: 'Join online',
    call: (p) => `Call ${p}`,
    directions: 'Directions',
    appleMaps: 'Apple Maps',
    googleMaps: 'Google Maps',
    osm: 'OpenStreetMap',
    addToCalendar: 'Add to calendar',
    downloadIcs: 'Download calendar file (.ics)',
    googleCalendar: 'Google Calendar',
    copyLink: 'Copy link',
    share: 'Share',
    copied: 'Link copied.',
    website: 'Website',
    meetingPage: 'Meeting page',
    group: 'Group',
    notes: 'Notes',
    locationNotes: 'About the location',
    onlineHeading: 'Join online or by phone',
    updated: (d) => `Updated ${d}`,
    meetingTime: (t) => `${t} meeting time`,
    noticeClosedOnline: 'The location is temporarily closed. This meeting meets online.',
    noticeClosed: 'The location is temporarily closed, and the list gives no online link. Check with the group before you go.',
    noticeInactive: 'This meeting may not be meeting right now: the list gives no place to go or online link. Check with the group before you go.',
    noticeInactiveListed: 'The list marks this meeting as inactive: it may not be meeting right now. Check with the group before you go.',
    placeClosed: 'Temporarily closed',
  },
  // The finder's Spanish may already be in (the list loaded it), or still a loader.
  es: async () => {
    const finder = finderMessages.es!;
    return { ...(typeof finder == 'function' ? await finder() : finder), ...(await import('./messages-es.js')).es };
  },
};
