/**
 * Meeting Guide JSON (code4recovery spec) and the variants the 12 Step Meeting List WordPress
 * plugin serves: `attendance_option`, `region` / `sub_region` / `regions[]`, `day` as a
 * number, numeric string, name or array, times with or without seconds or "7:30 pm",
 * coordinates as numbers, strings or `coordinates: "lat,lng"`, `types` as array or "O,D"; a
 * list (`types`, `day`, `regions`) written as an object keyed by index is read as its values.
 */
import type { LoadResult } from './model.js';
import { buildMeeting, codeList, type BuildContext, type RawFields } from './normalize.js';

export interface AdapterOptions {
  /** The feed's zone for records without their own (validated by the caller). */
  timeZone: string;
}

// A list PHP wrote as an object keyed by index (`{"0":"O","2":"D"}`: json_encode after array_unique).
const list = (v: unknown): unknown => (isPlainObject(v) ? Object.values(v) : v);

/** Maps one Meeting Guide record (a plain object) to the shared raw fields. */
export function meetingGuideFields(o: Record<string, unknown>): RawFields {
  const rs = list(o.regions);
  let lat = o.latitude;
  let lng = o.longitude;
  if ((lat === undefined || lat === '' || lat === null) && typeof o.coordinates === 'string') {
    const [a, b] = o.coordinates.split(',');
    lat = a;
    lng = b ?? '';
  }
  let regions: unknown[] | undefined;
  if (Array.isArray(rs) && rs.some((x) => typeof x === 'string' && x.trim())) regions = rs;
  else if (o.region !== undefined || o.sub_region !== undefined) regions = [o.region, o.sub_region];
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    day: list(o.day),
    time: o.time,
    endTime: o.end_time,
    timeZone: o.timezone,
    formattedAddress: o.formatted_address,
    street: o.address,
    city: o.city,
    state: o.state,
    postalCode: o.postal_code,
    country: o.country,
    approximate: o.approximate,
    location: o.location,
    locationNotes: o.location_notes,
    lat,
    lng,
    regions,
    types: codeList(list(o.types)),
    conferenceUrl: o.conference_url,
    conferenceUrlNotes: o.conference_url_notes,
    conferencePhone: o.conference_phone,
    conferencePhoneNotes: o.conference_phone_notes,
    attendance: o.attendance_option,
    notes: o.notes,
    group: o.group,
    groupNotes: o.group_notes,
    district: o.district,
    website: o.website,
    url: o.url,
    updated: o.updated,
  };
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Normalizes a parsed Meeting Guide array. */
export function adaptMeetingGuide(records: unknown[], options: AdapterOptions): LoadResult {
  const result: LoadResult = { meetings: [], skipped: [], repaired: [], format: 'meeting-guide', typeLabels: {} };
  const ctx: BuildContext = {
    index: 0,
    format: 'meeting-guide',
    feedZone: options.timeZone,
    record: null,
    repaired: result.repaired,
    slugs: new Set(),
  };
  for (let i = 0; i < records.length; i++) {
    const rec = records[i];
    if (!isPlainObject(rec)) {
      result.skipped.push({ index: i, reason: 'not-an-object' });
      continue;
    }
    ctx.index = i;
    ctx.record = rec;
    const before = result.repaired.length;
    const m = buildMeeting(meetingGuideFields(rec), ctx);
    if (typeof m === 'string') {
      result.repaired.length = before; // repairs of a skipped record are not news
      const name = typeof rec.name === 'string' ? rec.name.trim().slice(0, 300) : '';
      result.skipped.push(name ? { index: i, reason: m, name } : { index: i, reason: m });
    } else result.meetings.push(m);
  }
  return result;
}
