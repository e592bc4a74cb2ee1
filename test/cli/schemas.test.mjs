// schemas/*.schema.json (draft 2020-12) against real feeds and fixtures, and in step with the
// adapters: the records a schema refuses are the records `recovery-kit validate` skips.
// No validator package is installed for 2020-12, so a small one covering the keywords these
// schemas use is below; it refuses any keyword it does not know, so the check cannot pass silently.
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, 'test/fixtures/shared-data');
const json = (f) => JSON.parse(readFileSync(path.resolve(root, f), 'utf8'));
const schema = (name) => json(`schemas/${name}.schema.json`);

const KNOWN = new Set(['$schema', '$id', '$defs', '$ref', '$comment', 'title', 'description', 'type', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'maxItems', 'items', 'contains', 'properties', 'required', 'additionalProperties', 'propertyNames', 'anyOf', 'oneOf', 'allOf', 'not']);

/** True when `value` is valid against `s` (a subschema of `rootSchema`). */
function valid(s, value, rootSchema) {
  if (s === true) return true;
  if (s === false) return false;
  for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`validator: unsupported keyword ${k}`);
  if (s.$ref) {
    const target = s.$ref.replace(/^#\//, '').split('/').reduce((o, p) => o?.[p], rootSchema);
    if (!target) throw new Error(`unresolved $ref ${s.$ref}`);
    if (!valid(target, value, rootSchema)) return false;
  }
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (s.type) {
    const types = [].concat(s.type);
    if (!types.includes(kind) && !(kind === 'integer' && types.includes('number'))) return false;
  }
  if (s.enum && !s.enum.some((e) => e === value)) return false;
  if ('const' in s && s.const !== value) return false;
  if (typeof value === 'string') {
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) return false;
    if (s.minLength !== undefined && [...value].length < s.minLength) return false;
    if (s.maxLength !== undefined && [...value].length > s.maxLength) return false;
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) return false;
    if (s.maximum !== undefined && value > s.maximum) return false;
  }
  if (Array.isArray(value)) {
    if (s.maxItems !== undefined && value.length > s.maxItems) return false;
    if (s.items && !value.every((v) => valid(s.items, v, rootSchema))) return false;
    if (s.contains && !value.some((v) => valid(s.contains, v, rootSchema))) return false;
  }
  if (kind === 'object') {
    if (s.required && !s.required.every((k) => k in value)) return false;
    for (const [k, v] of Object.entries(value)) {
      if (s.propertyNames && !valid(s.propertyNames, k, rootSchema)) return false;
      if (s.properties && k in s.properties) {
        if (!valid(s.properties[k], v, rootSchema)) return false;
      } else if (s.additionalProperties !== undefined && !valid(s.additionalProperties, v, rootSchema)) return false;
    }
  }
  if (s.allOf && !s.allOf.every((x) => valid(x, value, rootSchema))) return false;
  if (s.anyOf && !s.anyOf.some((x) => valid(x, value, rootSchema))) return false;
  if (s.oneOf && s.oneOf.filter((x) => valid(x, value, rootSchema)).length !== 1) return false;
  if (s.not && valid(s.not, value, rootSchema)) return false;
  return true;
}
const check = (name, value) => {
  const s = schema(name);
  return valid(s, value, s);
};
/** Indices of the entries of `list` the item schema refuses. */
const refused = (name, itemRef, list) => {
  const s = schema(name);
  const item = itemRef.replace(/^#\//, '').split('/').reduce((o, p) => o[p], s);
  return list.flatMap((v, i) => (valid(item, v, s) ? [] : [i]));
};

test('every schema is draft 2020-12 with an $id and a title', () => {
  const files = readdirSync(path.join(root, 'schemas')).filter((f) => f.endsWith('.schema.json'));
  assert.deepEqual(files.sort(), ['faq.schema.json', 'meetings.schema.json', 'milestone-scheme.schema.json', 'milestones.schema.json']);
  for (const f of files) {
    const s = json(`schemas/${f}`);
    assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema', f);
    assert.match(s.$id, new RegExp(`/schemas/${f.replace('.', '\\.')}$`), f);
    assert.ok(s.title && s.description, f);
  }
});

test('meetings: the real Meeting Guide feeds are valid, every record', () => {
  for (const f of ['sepia-2038.json', 'orange-county-1967.json', 'sussex-123.json', 'timezones-2.json']) {
    const feed = JSON.parse(readFileSync(path.join(shared, 'meeting-guide', f), 'utf8'));
    assert.ok(check('meetings', feed), f);
    assert.ok(check('meetings', { meetings: feed }), `${f} wrapped`);
  }
});

test('meetings: non-feeds and bad records are refused', () => {
  assert.equal(check('meetings', json('test/fixtures/shared-data/meeting-guide/types.json')), false);
  assert.equal(check('meetings', { nope: [] }), false);
  assert.deepEqual(
    refused('meetings', '#/$defs/meeting', [
      { name: 'Ok', day: 1, time: '19:30' },
      { name: 'By appointment' },
      { name: 'Names', day: 'Monday, Wednesday', time: '7:30 pm' },
      { day: 1, time: '19:30' },
      { name: 'Bad day', day: 9 },
      { name: 'Bad time', day: 2, time: '25:99' },
      'not an object',
      { name: 'Bad attendance', attendance_option: 'maybe' },
    ]),
    [3, 4, 5, 6, 7],
  );
});

test('faq: fixtures in step with the adapter (refused entries = skipped entries)', () => {
  const arr = json('test/fixtures/faq/faq.json');
  assert.equal(check('faq', arr), false, 'the array holds bad entries');
  assert.deepEqual(refused('faq', '#/$defs/item', arr), [4, 5]); // the CLI test: 5 shown, 2 skipped
  assert.ok(check('faq', json('test/fixtures/faq/faq-es.json')));
  assert.ok(check('faq', json('test/fixtures/faq/faq-graph.json')));
  const page = json('test/fixtures/faq/faq-jsonld.json');
  assert.deepEqual(refused('faq', '#/$defs/question', page.mainEntity), [2]); // the Answer in mainEntity
  assert.equal(check('faq', json('test/fixtures/faq/not-faq.json')), false);
});

test('milestone wall: the fixture entries the schema refuses are skipped by the wall', () => {
  const wall = json('test/fixtures/milestones/wall.json');
  // Shape errors only: future dates, impossible dates and "no milestone yet" are found by counting.
  assert.deepEqual(refused('milestones', '#/items', wall), [6, 7, 10, 11]);
  assert.equal(check('milestones', json('test/fixtures/milestones/wall-object.json')), false);
  assert.ok(check('milestones', []));
  // Lengths in code points, days up to 100 years, a blank message is no message (test/core/milestones/wall.test.ts: the same entries).
  assert.deepEqual(refused('milestones', '#/items', json('test/fixtures/milestones/wall-edges.json')), [1, 3, 5]);
});

test('custom scheme: valid fixture passes, the mixed one refuses exactly the skipped entries', () => {
  assert.ok(check('milestone-scheme', json('test/fixtures/milestones/scheme-valid.json')));
  const mixed = json('test/fixtures/milestones/scheme-mixed.json');
  assert.deepEqual(refused('milestone-scheme', '#/$defs/milestone', mixed.milestones), [2, 4]); // as in the CLI test
  assert.equal(check('milestone-scheme', json('test/fixtures/milestones/not-a-scheme.json')), false);
  assert.ok(check('milestone-scheme', [{ months: 12, label: { en: 'One year', es: 'Un año' }, color: 'gold' }]));
});
