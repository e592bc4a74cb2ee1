import { expect } from '@open-wc/testing';
import { loadMeetings } from '../../../src/core/meetings/index.js';

describe('core/meetings text fields: HTML character references (display only)', () => {
  it('names, places and notes decode rare named references fully (&notin; &hellip; &ndash; &hearts;) and numeric ones; unknown ones and "Fish&chips" stay', async () => {
    const res = await fetch('/test/fixtures/meetings/entities.json');
    expect(res.ok).to.equal(true);
    const [m] = loadMeetings(await res.text(), { timeZone: 'America/New_York' }).meetings;
    // Before: "Step & Tradition &ndash; Big Book &hellip; &ldquo;Came to believe&rdquo;".
    expect(m.name).to.equal('Step & Tradition – Big Book … “Came to believe”');
    expect(m.location).to.equal('St. Mary’s Hall');
    expect(m.formattedAddress).to.equal('12 Main St, Café Room, Media, PA 19063, USA');
    expect(m.notes).to.equal('Newcomers ♥ welcome — discussion ∉ topic list → see website. Fish&chips after; &notit; &bogus; stay as written. 5–6 pm');
    expect(m.group).to.equal('Seekers & Finders');
    // Slugs and search keep working on the decoded text.
    expect(m.slug).to.equal('entities');
  });

  it('decodes once: "&amp;hellip;" is the text "&hellip;", not "…"', () => {
    const [m] = loadMeetings([{ name: 'A &amp;hellip; B &amp;amp; C', slug: 'a', day: 1, time: '10:00' }], { timeZone: 'UTC' }).meetings;
    expect(m.name).to.equal('A &hellip; B &amp; C');
  });
});
