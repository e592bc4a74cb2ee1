#!/usr/bin/env node
// Writes test/fixtures/hostile/*: every feed type with the XSS corpus in every string field.
// The corpus lives in test/security/xss-corpus.ts between the CORPUS markers (JSON strings).
// Run after changing the corpus: `node scripts/gen-hostile-fixtures.mjs` (and commit the output).
// `--check` fails when the committed files differ from what would be generated.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'test/fixtures/hostile');
const source = await readFile(path.join(root, 'test/security/xss-corpus.ts'), 'utf8');
const block = source.split('// BEGIN CORPUS')[1]?.split('// END CORPUS')[0];
if (!block) throw new Error('CORPUS markers not found in test/security/xss-corpus.ts');
const P = block
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('//'))
  .map((l) => JSON.parse(l.replace(/,$/, '')));
if (P.length < 50) throw new Error(`corpus has ${P.length} payloads, need >= 50`);

const at = (i) => P[i % P.length];

// ---- Meeting Guide JSON: record i carries payload i in every string field -----------------
const mgFields = [
  'name', 'slug', 'location', 'location_notes', 'formatted_address', 'address', 'city', 'state', 'postal_code',
  'country', 'region', 'sub_region', 'notes', 'group', 'group_notes', 'district', 'conference_url',
  'conference_url_notes', 'conference_phone', 'conference_phone_notes', 'website', 'url', 'updated',
  'timezone', 'attendance_option', 'approximate', 'end_time',
];
const meetingGuide = P.map((p, i) => {
  const r = { id: p, day: [0, 1, 2, 3, 4, 5, 6], time: '19:00' };
  for (const f of mgFields) r[f] = p;
  r.types = [p, 'O', at(i + 1)];
  r.regions = [p, at(i + 1)];
  r.latitude = 39.9;
  r.longitude = -75.4;
  return r;
});
// A second pass with sane times and zones so the same payloads also reach fully valid records.
for (let i = 0; i < P.length; i++) {
  meetingGuide.push({
    id: `ok-${i}`, slug: `ok-${i}`, name: `Valid ${i} ${P[i]}`, day: i % 7, time: '07:30', end_time: '08:30',
    timezone: 'America/New_York', location: P[i], notes: P[i], conference_url: P[i], website: P[i], url: P[i],
    formatted_address: `1 Main St ${P[i]}`, types: ['O', 'D'], attendance_option: 'hybrid', latitude: 40, longitude: -75,
  });
}

// ---- BMLT ---------------------------------------------------------------------------------
const bmltFields = [
  'meeting_name', 'location_text', 'location_info', 'location_street', 'location_municipality',
  'location_province', 'location_postal_code_1', 'location_nation', 'location_sub_province',
  'location_neighborhood', 'comments', 'virtual_meeting_link', 'virtual_meeting_additional_info',
  'phone_meeting_number', 'time_zone', 'duration_time', 'venue_type',
];
const bmlt = {
  meetings: P.map((p, i) => {
    const r = { id_bigint: String(i + 1), weekday_tinyint: String((i % 7) + 1), start_time: '19:00:00', latitude: '39.9', longitude: '-75.4', formats: `O,${p},F${i}` };
    for (const f of bmltFields) r[f] = p;
    return r;
  }),
  formats: P.map((p, i) => ({ id: String(i + 1), key_string: `F${i}`, name_string: p, description_string: p, lang: 'en', world_id: p })),
};

// ---- CSV (the same fields as Meeting Guide, one column each) ------------------------------
const csvCols = ['Name', 'Slug', 'Day', 'Time', 'End Time', 'Location', 'Location Notes', 'Address', 'City', 'State', 'Postal Code', 'Country', 'Types', 'Notes', 'Region', 'Sub Region', 'Conference URL', 'Conference URL Notes', 'Conference Phone', 'Conference Phone Notes', 'Group', 'Group Notes', 'District', 'Website', 'URL', 'Updated', 'Timezone', 'Attendance Option'];
const csvCell = (v) => `"${String(v).replace(/"/g, '""')}"`;
const csvRows = [csvCols.join(',')];
for (let i = 0; i < P.length; i++) {
  csvRows.push(csvCols.map((c) => (c === 'Day' ? 'Monday' : c === 'Time' ? '7:00 PM' : csvCell(P[i]))).join(','));
  csvRows.push(csvCols.map((c) => (c === 'Day' ? 'Tuesday' : c === 'Time' ? '8:00 PM' : c === 'Name' ? csvCell(`Valid ${i} ${P[i]}`) : c === 'Timezone' ? 'America/New_York' : csvCell(P[i]))).join(','));
}

// ---- FAQ: plain array and FAQPage JSON-LD --------------------------------------------------
const faq = [];
P.forEach((p, i) => {
  faq.push({ question: p, answer: p, id: p, category: p });
  faq.push({ question: `Question ${i} ${p}`, answer: `<p>Answer ${i}</p>${p}<a href="${p.replace(/"/g, '&quot;')}">more</a>`, id: `q-${i}`, category: p });
});
const faqLd = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'FAQPage',
      '@id': P[0],
      name: P[1],
      mainEntity: P.map((p, i) => ({
        '@type': 'Question',
        '@id': i % 2 ? p : `#q${i}`,
        name: i % 3 ? `Question ${i} ${p}` : p,
        acceptedAnswer: { '@type': 'Answer', text: `<p>Answer ${i}</p>${p}` },
      })),
    },
  ],
};

// ---- Milestone wall and a custom scheme ----------------------------------------------------
const wall = [];
P.forEach((p, i) => {
  wall.push({ name: p, days: 30 + i, scheme: p, message: p, since: undefined });
  wall.push({ name: `N${i}`, days: 90 + i, message: p, showDate: p });
  wall.push({ name: p.slice(0, 80), since: p, message: p.slice(0, 500) });
});
const scheme = {
  name: P[2],
  milestones: P.flatMap((p, i) => [
    { days: i + 1, label: p.slice(0, 120), message: p },
    { months: i + 1, label: p, color: p, message: p },
  ]),
};

const files = {
  'meeting-guide.json': JSON.stringify(meetingGuide, null, 1),
  'bmlt.json': JSON.stringify(bmlt, null, 1),
  'meetings.csv': csvRows.join('\r\n') + '\r\n',
  'faq.json': JSON.stringify(faq, null, 1),
  'faq-jsonld.json': JSON.stringify(faqLd, null, 1),
  'wall.json': JSON.stringify(wall, null, 1),
  'scheme.json': JSON.stringify(scheme, null, 1),
  'corpus.json': JSON.stringify(P, null, 1),
};

const check = process.argv.includes('--check');
await mkdir(outDir, { recursive: true });
let stale = 0;
for (const [name, text] of Object.entries(files)) {
  const file = path.join(outDir, name);
  if (check) {
    const old = await readFile(file, 'utf8').catch(() => '');
    if (old !== text) {
      console.error(`stale: test/fixtures/hostile/${name}`);
      stale++;
    }
  } else await writeFile(file, text);
}
if (check && stale) process.exit(1);
console.log(`${check ? 'checked' : 'wrote'} ${Object.keys(files).length} files from ${P.length} payloads in test/fixtures/hostile/`);
