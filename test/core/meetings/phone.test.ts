import { expect } from '@open-wc/testing';
import { text } from './feed-helpers.js';
import { loadMeetings, safePhone, type Meeting } from '../../../src/core/meetings/index.js';

const NY = 'America/New_York';

describe('core/meetings phone fields with a meeting ID or passcode in words', () => {
  let byName: Map<string, Meeting>;
  let repaired: ReturnType<typeof loadMeetings>['repaired'];
  before(async () => {
    const r = loadMeetings(await text('/test/fixtures/meetings/bmlt-phone-ids.json'), { timeZone: NY });
    expect(r.format).to.equal('bmlt');
    expect(r.meetings.length).to.equal(9);
    byName = new Map(r.meetings.map((m) => [m.name, m]));
    repaired = r.repaired;
  });
  const online = (name: string) => {
    const m = byName.get(name);
    if (!m) throw new Error(`no meeting ${name}`);
    return { phone: m.online.phone, phoneNotes: m.online.phoneNotes };
  };

  it('BMLT "+1 646 558 8656 ID 123 456 789": the number, then the ID as a dial sequence; the words stay text', () => {
    // Before: "+1646558865612345678" (the ID run into the number).
    expect(online('ID after the number')).to.deep.equal({ phone: '+16465588656,,123456789#', phoneNotes: 'ID 123 456 789' });
    expect(byName.get('ID after the number')!.attendance).to.equal('online');
  });

  it('"Meeting ID: 123 4567 890 Passcode 1234": the ID is dialed, the passcode is not, both stay visible', () => {
    expect(online('Meeting ID and passcode')).to.deep.equal({
      phone: '+16465588656,,1234567890#',
      phoneNotes: 'Meeting ID: 123 4567 890 Passcode 1234',
    });
  });

  it('a label before the number ("Dial-in:") is dropped; "Enter Meeting ID: 839 8503 5184#" is read', () => {
    expect(online('Label first')).to.deep.equal({
      phone: '3017158592,,83985035184#',
      phoneNotes: 'Enter Meeting ID: 839 8503 5184#, Passcode: 85642151',
    });
  });

  it('"access code", a number already in dial form, two numbers, Spanish labels', () => {
    expect(online('Access code')).to.deep.equal({ phone: '6465588656,,987654#', phoneNotes: 'access code 987654#' });
    expect(online('Already dialable')).to.deep.equal({ phone: '+16465588656,,123456789#', phoneNotes: 'Passcode 1234' });
    // The second number is not glued to the first (a comma and a space separate list items).
    expect(online('Two numbers')).to.deep.equal({ phone: '+16465588656,,123456789#', phoneNotes: '+1 669 900 6833 ID 123 456 789' });
    expect(online('Reunión en línea')).to.deep.equal({
      phone: '+34910123456,,123456789#',
      phoneNotes: 'ID de reunión: 123 456 789 Contraseña: 4321',
    });
  });

  it('a vanity number ("1-800-HELP-NOW") is not cut to a wrong number: no phone, the text kept, a repair noted', () => {
    expect(online('Vanity number')).to.deep.equal({ phone: null, phoneNotes: '1-800-HELP-NOW' });
    expect(repaired).to.deep.include({ index: 7, reason: 'invalid-phone', field: 'conference_phone' });
    expect(byName.get('Vanity number')!.attendance).to.equal('online'); // through its link
  });

  it('digits only: unchanged', () => {
    expect(online('Digits only')).to.deep.equal({ phone: '+16465588656', phoneNotes: '' });
  });

  it('Meeting Guide conference_phone gets the same reading; its own notes follow the words, without repeating them', () => {
    const r = loadMeetings(
      [
        { name: 'A', slug: 'a', day: 1, time: '10:00', conference_phone: '+1 929 205 6099 Meeting ID 851 2852 2363', conference_phone_notes: 'Press # at the participant ID prompt' },
        { name: 'B', slug: 'b', day: 1, time: '10:00', conference_phone: '+1 929 205 6099 ID 851 2852 2363', conference_phone_notes: 'Call, then ID 851 2852 2363' },
        { name: 'C', slug: 'c', day: 1, time: '10:00', conference_phone: '+13017158592,,85779615129#,,,,005088#', conference_phone_notes: 'Passcode: 005088' },
      ],
      { timeZone: NY },
    );
    expect(r.meetings.map((m) => m.online.phone)).to.deep.equal(['+19292056099,,85128522363#', '+19292056099,,85128522363#', '+13017158592,,85779615129#,,,,005088#']);
    expect(r.meetings.map((m) => m.online.phoneNotes)).to.deep.equal([
      'Meeting ID 851 2852 2363\nPress # at the participant ID prompt',
      'Call, then ID 851 2852 2363',
      'Passcode: 005088',
    ]);
  });

  it('safePhone: what to dial, never the digits of words run together', () => {
    expect(safePhone('+1 646 558 8656 ID 123 456 789')).to.equal('+16465588656,,123456789#');
    expect(safePhone('+1 646 558 8656 Meeting ID: 123 4567 890 Passcode 1234')).to.equal('+16465588656,,1234567890#');
    expect(safePhone('Phone: 646.558.8656 pin 1234')).to.equal('6465588656');
    expect(safePhone('555-1234 ext. 12')).to.equal('5551234');
    expect(safePhone('1-800-HELP')).to.equal(null);
    expect(safePhone('Meeting ID 123 456 789')).to.equal(null);
    expect(safePhone(6465588656)).to.equal('6465588656');
  });
});
