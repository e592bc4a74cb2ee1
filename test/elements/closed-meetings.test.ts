// What the finder shows for meetings one cannot walk into: type TC (Location Temporarily Closed)
// and inactive ones. Never a route to a closed door: no directions, a notice at the top of the
// details, and a closed badge in the list. The feed comes over real HTTP (closed.json).
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/meeting-provider/define.js';
import '../../src/elements/meeting-list/define.js';
import '../../src/elements/meeting-details/define.js';
import { $, $$, countIs, mountFinder, resetUrl, store, text } from '../fixtures/finder/dom.js';

const FEED = '/test/fixtures/meetings/closed.json';

async function finder(lang = 'en') {
  const { provider, list, details } = await mountFinder(FEED, { lang });
  store(provider).setFilter({ days: [] });
  await countIs(list, lang === 'es' ? '7 reuniones' : '7 meetings');
  return { provider, list, details };
}

/** Opens a meeting from its row (as a user would) and waits for its details. */
async function open(list: Element, details: Element, name: string) {
  const button = $$<HTMLButtonElement>(list, '[part="open"]').find((b) => text(b) === name)!;
  expect(button, name).to.exist;
  button.click();
  await waitUntil(() => text($(details, '[part="heading"]')) === name, `details of "${name}" never opened`);
  return {
    notice: text($(details, '[part="notice"]')),
    place: text($(details, '.place')),
    directions: $$<HTMLAnchorElement>(details, '[part="directions"]'),
    calendar: $$(details, '[part="calendar"]'),
    join: $<HTMLAnchorElement>(details, '[part="join"]'),
    headings: $$(details, '[role="heading"]').map(text),
  };
}

const row = (list: Element, name: string) => $$(list, '[part="row"]').find((r) => text(r.querySelector('[part="open"]')) === name)!;
const closedBadges = (el: ParentNode) => [...el.querySelectorAll('.badge.closed')].map(text);

describe('finder: temporarily closed and inactive meetings', () => {
  afterEach(resetUrl);

  it('a TC meeting with no link: a notice, the address marked closed, no directions, no calendar', async () => {
    const { list, details } = await finder();
    const d = await open(list, details, 'Closed Door Group');
    expect(d.notice).to.equal('The location is temporarily closed, and the list gives no online link. Check with the group before you go.');
    expect(d.place).to.contain('100 State St, Media, PA 19063, USA');
    expect(d.place).to.contain('Temporarily closed');
    expect(d.directions).to.have.length(0);
    expect(d.calendar).to.have.length(0);
    expect(d.headings).not.to.include('Directions');
    expect(d.headings).not.to.include('Add to calendar');
    expect(closedBadges(details.shadowRoot!)).to.include('Inactive');
    await expect(details).to.be.accessible();
  });

  it('a TC meeting that meets online: says so, offers Join and the calendar, no directions', async () => {
    const { list, details } = await finder();
    const d = await open(list, details, 'Moved Online Group');
    expect(d.notice).to.equal('The location is temporarily closed. This meeting meets online.');
    expect(d.join!.getAttribute('href')).to.equal('https://zoom.us/j/5550001');
    expect(d.directions).to.have.length(0);
    expect(d.calendar).to.have.length(2);
    // Its Google Calendar entry is at the link, not at the closed hall.
    const gcal = new URL(d.calendar[1].getAttribute('href')!);
    expect(gcal.searchParams.get('location')).to.equal('https://zoom.us/j/5550001');
    await expect(details).to.be.accessible();
  });

  it('a TC meeting the feed calls in person or hybrid: no route to the closed door', async () => {
    const { list, details } = await finder();
    const inPerson = await open(list, details, 'Says In Person Group');
    expect(inPerson.notice).to.equal('The location is temporarily closed, and the list gives no online link. Check with the group before you go.');
    expect(inPerson.place).to.contain('Temporarily closed');
    expect(inPerson.directions).to.have.length(0);
    expect(inPerson.calendar).to.have.length(0);
    await expect(details).to.be.accessible();

    const hybrid = await open(list, details, 'Says Hybrid Group');
    expect(hybrid.notice).to.equal('The location is temporarily closed. This meeting meets online.');
    expect(hybrid.place).to.contain('400 State St');
    expect(hybrid.place).to.contain('Temporarily closed');
    expect(hybrid.join!.getAttribute('href')).to.equal('https://zoom.us/j/5550002');
    expect(hybrid.directions).to.have.length(0);
    expect(hybrid.calendar).to.have.length(2);
    await expect(details).to.be.accessible();
  });

  it('an inactive meeting (only a city, no link): a notice, no directions; its calendar entry has no address', async () => {
    const { list, details } = await finder();
    const d = await open(list, details, 'City Only Group');
    expect(d.notice).to.equal('This meeting may not be meeting right now: the list gives no place to go or online link. Check with the group before you go.');
    expect(d.directions).to.have.length(0);
    expect(d.headings).not.to.include('Directions');
    expect(d.calendar).to.have.length(2);
    expect(new URL(d.calendar[1].getAttribute('href')!).searchParams.has('location')).to.equal(false);
    expect(closedBadges(details.shadowRoot!)).to.deep.equal(['Inactive']);
    await expect(details).to.be.accessible();
  });

  it('a meeting the feed marks inactive though it gives an address: a notice, no directions, no calendar', async () => {
    const { list, details } = await finder();
    const d = await open(list, details, 'Listed Inactive Group');
    expect(d.notice).to.equal('The list marks this meeting as inactive: it may not be meeting right now. Check with the group before you go.');
    expect(d.place).to.contain('600 State St');
    expect(d.place).not.to.contain('Temporarily closed');
    expect(d.directions).to.have.length(0);
    expect(d.calendar).to.have.length(0);
    await expect(details).to.be.accessible();
  });

  it('an open meeting: no notice, directions and calendar as before', async () => {
    const { list, details } = await finder();
    const d = await open(list, details, 'Open Door Group');
    expect($(details, '[part="notice"]')).to.equal(null);
    expect(d.place).not.to.contain('closed');
    expect(d.directions.map((a) => a.dataset.provider)).to.deep.equal(['apple', 'google', 'osm']);
    expect(d.calendar).to.have.length(2);
    expect(closedBadges(details.shadowRoot!)).to.deep.equal([]);
    await expect(details).to.be.accessible();
  });

  it('the list marks Inactive and Location Temporarily Closed with a closed badge, in its own colours', async () => {
    const { list } = await finder();
    // Type labels load with the engine: the TC badge shows its label, not the code.
    await waitUntil(() => closedBadges(row(list, 'Moved Online Group')).includes('Location Temporarily Closed'), 'no TC label');
    expect(closedBadges(row(list, 'Closed Door Group'))).to.deep.equal(['Inactive', 'Location Temporarily Closed']);
    expect(closedBadges(row(list, 'Moved Online Group'))).to.deep.equal(['Location Temporarily Closed']);
    expect(closedBadges(row(list, 'Says In Person Group'))).to.deep.equal(['Location Temporarily Closed']);
    expect(closedBadges(row(list, 'City Only Group'))).to.deep.equal(['Inactive']);
    expect(closedBadges(row(list, 'Listed Inactive Group'))).to.deep.equal(['Inactive']);
    expect(closedBadges(row(list, 'Open Door Group'))).to.deep.equal([]);
    // The TC label is said once: a badge, not also among the types.
    const types = text(row(list, 'Closed Door Group').querySelector('.types'));
    expect(types).to.equal('Open, Discussion');
    expect(text(row(list, 'Moved Online Group'))).to.contain('Online');
    // Not the look of an ordinary badge ("In person").
    const inactive = row(list, 'City Only Group').querySelector('.badge.closed')!;
    const ordinary = row(list, 'Open Door Group').querySelector('.badge')!;
    expect(text(ordinary)).to.equal('In person');
    expect(getComputedStyle(inactive).color).not.to.equal(getComputedStyle(ordinary).color);
    expect(getComputedStyle(inactive).borderTopColor).not.to.equal(getComputedStyle(ordinary).borderTopColor);
    expect(getComputedStyle(inactive).fontWeight).to.equal('700');
    await expect(list).to.be.accessible();
  });

  it('in Spanish: the notices, the closed mark and the badges', async () => {
    const { list, details } = await finder('es');
    await waitUntil(() => closedBadges(row(list, 'Closed Door Group')).includes('Ubicación temporalmente cerrada'), 'no Spanish TC label');
    expect(closedBadges(row(list, 'City Only Group'))).to.deep.equal(['Inactiva']);
    await expect(list).to.be.accessible();
    const closed = await open(list, details, 'Closed Door Group');
    expect(closed.notice).to.equal('El lugar está cerrado temporalmente y la lista no da un enlace en línea. Consulte con el grupo antes de ir.');
    expect(closed.place).to.contain('Cerrado temporalmente');
    expect(closed.directions).to.have.length(0);
    await expect(details).to.be.accessible();
    const online = await open(list, details, 'Moved Online Group');
    expect(online.notice).to.equal('El lugar está cerrado temporalmente. Esta reunión se realiza en línea.');
    const inactive = await open(list, details, 'City Only Group');
    expect(inactive.notice).to.equal('Puede que esta reunión no se esté realizando ahora: la lista no da un lugar al que ir ni un enlace en línea. Consulte con el grupo antes de ir.');
    const listed = await open(list, details, 'Listed Inactive Group');
    expect(listed.notice).to.equal('La lista marca esta reunión como inactiva: puede que no se esté realizando ahora. Consulte con el grupo antes de ir.');
    await expect(details).to.be.accessible();
  });

  it('near me: a closed place claims no distance, sorts after every open place, and a radius leaves it out', async () => {
    const { provider, list, details } = await finder();
    // Standing at the closed Closed Door Group: the open Friends Meeting House is 0.3 mi away.
    store(provider).setOrigin({ lat: 39.9168, lng: -75.3877 });
    const names = () => $$(list, '[part="row"]').map((r) => text(r.querySelector('[part="open"]')));
    const distance = (name: string) => text(row(list, name).querySelector('.distance'));
    await waitUntil(() => names()[0] === 'Open Door Group' && distance('Open Door Group'), 'the open place never came first with its distance');
    expect(distance('Open Door Group')).to.match(/^0\.\d (miles|km) away$/);
    // The rest have no place to go: after it, by name, as online meetings are, none with a distance.
    expect(names()).to.deep.equal(['Open Door Group', 'City Only Group', 'Closed Door Group', 'Listed Inactive Group', 'Moved Online Group', 'Says Hybrid Group', 'Says In Person Group']);
    for (const name of names().slice(1)) expect(row(list, name).querySelector('.distance'), name).to.equal(null);
    // Nor do their details.
    for (const name of ['Closed Door Group', 'Says In Person Group', 'Says Hybrid Group', 'Listed Inactive Group']) {
      await open(list, details, name);
      expect(text(details.shadowRoot!.querySelector('article')), name).not.to.match(/ away\b/);
      expect(text($(details, '.place')), name).to.match(/\d00 State St/);
    }
    store(provider).select(null);
    // Within 5 miles: the one open place only (an online meeting is left out the same way).
    const near = store(provider).filter.near!;
    store(provider).setFilter({ near: { ...near, radius: 5, unit: 'mi' } });
    await countIs(list, '1 meeting');
    expect(names()).to.deep.equal(['Open Door Group']);
    await expect(list).to.be.accessible();
  });
});

