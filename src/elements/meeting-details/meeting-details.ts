import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { headingLevel } from '../../base/rk-element.js';
import { FinderPart } from '../meeting-provider/part.js';
import { detailsMessages, type DetailsMessages } from './messages.js';
import { directionsUrls } from '../../core/meetings/directions.js';
import { googleCalendarUrl, icsFileName, meetingToIcs } from '../../core/meetings/ics.js';
import { meetingStatus } from '../../core/meetings/occurrence.js';
import { isPlaceClosed, type Meeting } from '../../core/meetings/model.js';
import { isValidPlainDate, type PlainDate } from '../../core/time/calendar.js';
import type { MeetingsStore } from '../meeting-provider/context.js';
import { attendanceLabel, distanceText, labelOf, timeTexts } from '../meeting-provider/view.js';
import { styles } from './meeting-details.styles.js';

export interface RkCalendarDetail {
  /** The meeting's slug. */
  id: string;
  fileName: string;
  /** The iCalendar text of the file. */
  ics: string;
}

export interface RkMeetingLinkDetail {
  id: string;
  url: string;
  /** How it was shared: the share sheet, the clipboard, or shown for manual copying. */
  method: 'share' | 'clipboard' | 'shown';
}

declare global {
  interface RkEventMap {
    'rk-calendar': RkCalendarDetail;
    'rk-meeting-link': RkMeetingLinkDetail;
  }
  interface GlobalEventHandlersEventMap {
    'rk-calendar': CustomEvent<RkCalendarDetail>;
    'rk-meeting-link': CustomEvent<RkMeetingLinkDetail>;
  }
}

/** http(s) only: the core already drops other schemes; this is a second lock on the door. */
const httpOnly = (u: string | null | undefined) => (u && /^https?:\/\//i.test(u) ? u : null);

let uid = 0;

/**
 * The calendar date a feed's `updated` starts with ("2024-01-15 10:22:00", "2024-01-15",
 * "2024-01-15T10:22:00Z"), read from its digits, or null. Not `new Date(s)`: that reads a bare
 * "2024-01-15" as UTC midnight, the day before west of Greenwich, and other forms as the engine
 * likes. The date as written, with no zone shift (the time is in a zone the feed does not name,
 * so it is left out). Anything else, and placeholders before 2000 ("0000-00-00", "1970-01-01";
 * both formats are younger), is null and not shown: raw, it could be misread ("01/02/2024" is
 * two dates) or garbage, and it would not be in the reader's language.
 */
function updatedDate(s: string): PlainDate | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:[T ]|$)/.exec(s);
  const d = m && { year: +m[1], month: +m[2], day: +m[3] };
  return d && d.year >= 2000 && isValidPlainDate(d) ? d : null;
}

/**
 * The open meeting of the enclosing `<rk-meeting-provider>` (nothing when none is open):
 * day and time in the viewer's zone and the meeting's own, place and address, types, notes,
 * group, join button (http/https only) and one-tap phone, directions (Apple Maps, Google Maps,
 * OpenStreetMap), add to calendar (.ics download and Google Calendar), copy / share link.
 * A meeting whose location is temporarily closed (type `TC`) or that is inactive opens with a
 * notice saying so, and offers no directions (nor a calendar entry that would lead to the closed
 * door); the closed address stays, marked "Temporarily closed". Last, the date the feed says
 * the meeting was updated, localized ("Updated January 15, 2024"); none when the feed gives no
 * date it can read.
 * On open, focus moves to the heading; Back (or Escape) returns to the list.
 *
 * @tagname rk-meeting-details
 * @summary Everything about one meeting, with join, directions, calendar and share actions.
 *
 * @csspart base - The details (an `article`).
 * @csspart back - The Back to the list button.
 * @csspart heading - The meeting's name (focused on open).
 * @csspart notice - "The location is temporarily closed..." / "This meeting may not be meeting right now..."
 * @csspart join - The Join online link.
 * @csspart phone - The call link.
 * @csspart directions - Each directions link.
 * @csspart calendar - The .ics button and the Google Calendar link.
 * @csspart share - The copy / share button.
 *
 * @fires {CustomEvent<RkCalendarDetail>} rk-calendar - Before the .ics file is downloaded (cancelable: cancel to handle the file yourself).
 * @fires {CustomEvent<RkMeetingLinkDetail>} rk-meeting-link - When the meeting's link was shared or copied.
 */
export class RkMeetingDetails extends FinderPart<DetailsMessages> {
  static override styles = styles;

  constructor() {
    super(detailsMessages);
  }

  /** Level of the meeting's heading, 1-6 (default 2); sections are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private shared = '';

  private readonly headingId = `rk-meeting-details-${++uid}`;
  private shownId: string | null = null;

  private get meeting(): Meeting | undefined {
    const store = this.ctx.value;
    const id = store?.selectedId;
    return id ? store.meetings.find((m) => m.slug === id) : undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.meeting?.slug ?? null;
    if (id !== this.shownId) {
      this.shownId = id;
      this.shared = '';
      if (id) this.renderRoot.querySelector<HTMLElement>('.heading')?.focus();
    }
  }

  private downloadIcs(store: MeetingsStore, m: Meeting) {
    const ics = meetingToIcs(m, { now: store.now });
    if (!ics) return;
    const fileName = icsFileName(m);
    if (!this.emit('rk-calendar', { id: m.slug, fileName, ics }, { cancelable: true })) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async share(store: MeetingsStore, m: Meeting) {
    const url = store.linkFor?.(m.slug) ?? location.href;
    let method: RkMeetingLinkDetail['method'] = 'shown';
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title: m.name, url });
        method = 'share';
      } else {
        await navigator.clipboard.writeText(url);
        method = 'clipboard';
      }
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') return;
    }
    this.shared = method === 'clipboard' ? this.t.msg.copied : method === 'shown' ? url : '';
    this.emit('rk-meeting-link', { id: m.slug, url, method });
  }

  private section(title: string, body: TemplateResult): TemplateResult {
    const level = Math.min(6, headingLevel(this.headingLevel) + 1);
    return html`<section>
      <div role="heading" aria-level=${level} class="h3">${title}</div>
      ${body}
    </section>`;
  }

  protected override render() {
    const store = this.ctx.value;
    const m = this.meeting;
    if (!store || !m) return nothing;
    const msg = this.t.msg;
    const fmt = this.t.fmt;
    const times = timeTexts(m, store, fmt);
    const status = meetingStatus(m, store.now);
    const join = httpOnly(m.online.url);
    const phone = m.online.phone && /^\+?[\d,*#]+$/.test(m.online.phone) ? m.online.phone : null;
    const dirs = directionsUrls(m, { from: store.origin });
    const gcal = googleCalendarUrl(m, { now: store.now });
    const website = httpOnly(m.website);
    const page = httpOnly(m.url);
    const dist = distanceText(m, store, fmt, msg);
    const updated = updatedDate(m.updated);
    const level = headingLevel(this.headingLevel);
    const address = m.approximate ? '' : m.formattedAddress;
    // Type TC: Location Temporarily Closed (the core gives it no directions).
    const closed = isPlaceClosed(m);
    const inactive = m.attendance === 'inactive';
    const notice =
      inactive && (join || phone || (!closed && address))
        ? msg.noticeInactiveListed
        : closed
          ? join || phone
            ? msg.noticeClosedOnline
            : msg.noticeClosed
          : inactive
            ? msg.noticeInactive
            : '';
    return html`<article
      part="base"
      aria-labelledby=${this.headingId}
      lang=${this.t.language}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && store.select(null)}
    >
      <button type="button" part="back" class="rk-button" @click=${() => store.select(null)}>← ${msg.back}</button>
      <div role="heading" aria-level=${level} id=${this.headingId} part="heading" class="heading" tabindex="-1">${m.name}</div>
      ${notice ? html`<p part="notice" class="notice">${notice}</p>` : nothing}
      ${times
        ? html`<p class="when">
            <strong>${times.day}, ${times.start} – ${times.end}</strong>
            ${times.own ? html`<br /><span class="muted">${msg.meetingTime(times.own)}</span>` : nothing}
          </p>`
        : html`<p class="when">${msg.byAppointment}</p>`}
      <p>
        <span class="badge${inactive ? ' closed' : ''}">${attendanceLabel(m.attendance, msg)}</span>
        ${status === 'in-progress' || status === 'starting-soon'
          ? html`<span class="badge ${status === 'in-progress' ? 'live' : 'soon'}">${status === 'in-progress' ? msg.inProgress : msg.startingSoon}</span>`
          : nothing}
        ${dist ? html`<span>${dist}</span>` : nothing}
      </p>
      ${m.location || address
        ? html`<p class="place">
            ${m.location ? html`<strong>${m.location}</strong><br />` : nothing}${address}
            ${closed ? html`<br /><span class="badge closed">${msg.placeClosed}</span>` : nothing}
          </p>`
        : nothing}
      ${m.locationNotes ? html`<p class="pre muted" aria-label=${msg.locationNotes}>${m.locationNotes}</p>` : nothing}
      ${m.types.length ? html`<ul class="types" aria-label=${msg.types}>${m.types.map((c) => html`<li class="badge">${labelOf(c, store, this.t.locale)}</li>`)}</ul>` : nothing}
      ${join || phone
        ? this.section(
            msg.onlineHeading,
            html`<div class="actions">
                ${join ? html`<a part="join" class="rk-button primary" href=${join} target="_blank" rel="noopener noreferrer">${msg.join}</a>` : nothing}
                ${phone ? html`<a part="phone" class="rk-button" href=${`tel:${phone.replace(/#/g, '%23')}`}>${msg.call(phone.split(',')[0])}</a>` : nothing}
              </div>
              ${m.online.urlNotes ? html`<p class="pre">${m.online.urlNotes}</p>` : nothing}
              ${m.online.phoneNotes ? html`<p class="pre">${m.online.phoneNotes}</p>` : nothing}`,
          )
        : nothing}
      ${m.notes ? this.section(msg.notes, html`<p class="pre">${m.notes}</p>`) : nothing}
      ${m.group ? this.section(msg.group, html`<p>${m.group}</p>${m.groupNotes ? html`<p class="pre">${m.groupNotes}</p>` : nothing}`) : nothing}
      ${dirs
        ? this.section(
            msg.directions,
            html`<div class="actions">
              <a part="directions" class="rk-button" data-provider="apple" href=${dirs.apple} target="_blank" rel="noopener noreferrer">${msg.appleMaps}</a>
              <a part="directions" class="rk-button" data-provider="google" href=${dirs.google} target="_blank" rel="noopener noreferrer">${msg.googleMaps}</a>
              <a part="directions" class="rk-button" data-provider="osm" href=${dirs.osm} target="_blank" rel="noopener noreferrer">${msg.osm}</a>
            </div>`,
          )
        : nothing}
      ${gcal
        ? this.section(
            msg.addToCalendar,
            html`<div class="actions">
              <button type="button" part="calendar" class="rk-button" @click=${() => this.downloadIcs(store, m)}>${msg.downloadIcs}</button>
              <a part="calendar" class="rk-button" href=${gcal} target="_blank" rel="noopener noreferrer">${msg.googleCalendar}</a>
            </div>`,
          )
        : nothing}
      <div class="actions">
        <button type="button" part="share" class="rk-button" @click=${() => this.share(store, m)}>
          ${typeof navigator.share === 'function' ? msg.share : msg.copyLink}
        </button>
        ${website ? html`<a class="rk-button" href=${website} target="_blank" rel="noopener noreferrer">${msg.website}</a>` : nothing}
        ${page && page !== website ? html`<a class="rk-button" href=${page} target="_blank" rel="noopener noreferrer">${msg.meetingPage}</a>` : nothing}
      </div>
      <p role="status" class="muted">${this.shared}</p>
      ${updated ? html`<p class="muted updated">${msg.updated(fmt.calendarDate(updated))}</p>` : nothing}
    </article>`;
  }
}
