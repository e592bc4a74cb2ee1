#!/usr/bin/env node
// recovery-kit command line. `npx recovery-kit validate <file-or-url> --type meetings|faq|milestones|scheme`
// reads a feed with the SAME pure adapters the elements use (src/core, bundled into
// dist/cli/core.js by `npm run build`) and prints what a widget would show, repair and skip.
//
// Exit codes (stable, for scripts and CI):
//   0  usable: every record shown (repairs are reported but are not failures)
//   2  usable, but some records are skipped (the widget shows the rest and says how many it skipped)
//   3  unusable input: not JSON / not CSV, not a feed of that type, or nothing at all usable in it
//   4  could not read the file or URL (missing file, network error, HTTP status, non-http(s) URL)
//   64 usage error (unknown option, bad --type / --format / --time-zone / --now)
//   1  unexpected internal error
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const EXIT = { ok: 0, skipped: 2, unusable: 3, unreadable: 4, usage: 64 };
const here = path.dirname(fileURLToPath(import.meta.url));
const pkgRoot = path.resolve(here, '..');

const HELP = `Usage: recovery-kit validate <file-or-url> [options]

Checks a feed the way a recovery-kit element reads it and reports what it would show,
repair and skip.

Options:
  --type meetings|faq|milestones|scheme   what the feed is for (default: meetings)
                                          meetings   <rk-meeting-provider src> (Meeting Guide JSON, BMLT, CSV)
                                          faq        <rk-faq src> (array or FAQPage JSON-LD)
                                          milestones <rk-milestone-wall src> (celebrations array)
                                          scheme     <rk-milestone-card scheme-src> (custom milestone scheme)
  --format auto|meeting-guide|bmlt|csv    meetings only (default: auto, detected from the content)
  --time-zone <IANA zone>                 zone of the feed's times / of "today" (default: this machine's)
  --now <ISO date or date-time>           "today" for milestones (default: now)
  --limit <n>                             how many records and reasons to list (default: 10)
  --json                                  print one JSON object instead of text
  -h, --help                              this help

Exit codes: 0 usable (repairs only), 2 some records skipped, 3 unusable input,
4 could not read the file or URL, 64 usage error.
`;

class UsageError extends Error {}
class ReadError extends Error {}

function parseArgs(argv) {
  const opts = { type: 'meetings', format: 'auto', timeZone: undefined, now: undefined, limit: 10, json: false, help: false, positional: [] };
  const takes = { '--type': 'type', '--format': 'format', '--time-zone': 'timeZone', '--now': 'now', '--limit': 'limit' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--json') opts.json = true;
    else if (a.startsWith('--')) {
      const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      const key = takes[flag];
      if (!key) throw new UsageError(`unknown option ${flag}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      opts[key] = value;
    } else opts.positional.push(a);
  }
  if (!['meetings', 'faq', 'milestones', 'scheme'].includes(opts.type)) throw new UsageError(`--type must be meetings, faq, milestones or scheme (got ${opts.type})`);
  if (!['auto', 'meeting-guide', 'bmlt', 'csv'].includes(opts.format)) throw new UsageError(`--format must be auto, meeting-guide, bmlt or csv (got ${opts.format})`);
  const limit = Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError('--limit must be a whole number');
  opts.limit = limit;
  return opts;
}

/** The bundled core: dist/cli/core.js from the build, else bundled from the repo's sources with esbuild. */
async function loadCore() {
  const built = path.join(pkgRoot, 'dist/cli/core.js');
  const source = path.join(pkgRoot, 'src/integrations/cli-core.ts');
  const wanted = process.env.RK_CLI_CORE;
  // RK_CLI_CORE=src: bundle the repo's sources now; RK_CLI_CORE=<file>: a core bundled elsewhere (tests).
  if (wanted && wanted !== 'src') return import(pathToFileURL(path.resolve(wanted)).href);
  if (wanted !== 'src' && existsSync(built)) return import(pathToFileURL(built).href);
  if (!existsSync(source)) throw new Error('dist/cli/core.js is missing: run `npm run build`');
  const { build } = await import('esbuild');
  const dir = await mkdtemp(path.join(tmpdir(), 'recovery-kit-cli-'));
  try {
    const outfile = path.join(dir, 'core.mjs');
    await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'silent', tsconfig: path.join(pkgRoot, 'tsconfig.json') });
    return await import(pathToFileURL(outfile).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readInput(target) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    let url;
    try {
      url = new URL(target);
    } catch {
      throw new ReadError(`not a valid URL: ${target}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ReadError(`only http and https addresses are fetched (got ${url.protocol})`);
    let res;
    try {
      res = await fetch(url, { redirect: 'follow', credentials: 'omit', signal: AbortSignal.timeout(15_000), headers: { accept: 'application/json, text/csv, */*;q=0.5' } });
    } catch (e) {
      throw new ReadError(`could not fetch ${url.href}: ${e?.cause?.message ?? e?.message ?? e}`);
    }
    if (!res.ok) throw new ReadError(`${url.href} answered HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
    return { text: await res.text(), source: url.href };
  }
  try {
    return { text: await readFile(target, 'utf8'), source: target };
  } catch (e) {
    throw new ReadError(`could not read ${target}: ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message}`);
  }
}

/** JSON text -> value, or a 3-exit report. A UTF-8 BOM is allowed (the elements allow it). */
function parseJsonOrFail(text) {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!s.trim()) return { error: 'empty input' };
  try {
    return { value: JSON.parse(s) };
  } catch (e) {
    return { error: `not valid JSON (${e.message})` };
  }
}

const plural = (n, one, many = one + 's') => `${n} ${n === 1 ? one : many}`;
const countBy = (list, key) => list.reduce((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const hhmm = (min) => `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

function validateMeetings(core, text, opts) {
  const timeZone = opts.timeZone ?? core.systemTimeZone();
  let result;
  try {
    result = core.loadMeetings(text, { format: opts.format, timeZone });
  } catch (e) {
    if (e instanceof core.MeetingsInputError) {
      if (e.code === 'invalid-time-zone') throw new UsageError(`--time-zone: unknown time zone ${timeZone}`);
      const why = { 'invalid-json': 'not valid JSON', 'empty-input': 'empty input', 'not-a-feed': 'not a meetings feed (Meeting Guide JSON, BMLT or CSV)', 'unknown-format': 'unknown format' }[e.code] ?? e.code;
      return { unusable: `${why} [${e.message}]` };
    }
    throw e;
  }
  const byIndex = new Map(result.meetings.map((m) => [m.source.index, m.name]));
  const nameOf = (index, given) => given ?? byIndex.get(index);
  const m = result.meetings;
  const total = m.length + new Set(result.skipped.map((s) => s.index)).size;
  return {
    format: result.format,
    timeZone,
    records: total,
    shown: m.length,
    noun: 'meeting',
    summary: {
      attendance: countBy(m, (x) => x.attendance),
      byAppointment: m.filter((x) => !x.days.length || x.start === null).length,
      days: Object.fromEntries(DAY.map((d, i) => [d, m.filter((x) => x.days.includes(i)).length])),
      timeZones: countBy(m, (x) => x.timeZone),
      withCoordinates: m.filter((x) => x.coordinates).length,
      regions: new Set(m.map((x) => x.regions.join(' > ')).filter(Boolean)).size,
    },
    sample: m.slice(0, opts.limit).map((x) => {
      const when = x.days.length && x.start !== null ? `${x.days.map((d) => DAY[d]).join(',')} ${hhmm(x.start)}${x.end !== null ? `-${hhmm(x.end)}` : ''}` : 'by appointment';
      const where = x.regions.at(-1) || x.address.city || (x.attendance === 'online' ? 'online' : '');
      return `${when}  ${x.name}${where ? ` (${where})` : ''} [${x.attendance}${x.types.length ? `; ${x.types.join(' ')}` : ''}]`;
    }),
    skipped: result.skipped.map((s) => ({ index: s.index, reason: s.reason, ...(nameOf(s.index, s.name) ? { name: nameOf(s.index, s.name) } : {}) })),
    repaired: result.repaired.map((r) => ({ index: r.index, reason: r.reason, ...(r.field ? { field: r.field } : {}), ...(byIndex.get(r.index) ? { name: byIndex.get(r.index) } : {}) })),
    empty: total === 0,
  };
}

function validateFaq(core, text, opts) {
  const parsed = parseJsonOrFail(text);
  if (parsed.error) return { unusable: parsed.error };
  const r = core.parseFaqJson(parsed.value);
  if (r.format === 'unknown') return { unusable: 'not an FAQ feed (a JSON array of { question, answer } or schema.org FAQPage JSON-LD)' };
  const raw = r.format === 'array' ? parsed.value : [];
  const question = (i) => {
    const q = raw[i] && typeof raw[i] === 'object' ? raw[i].question : undefined;
    return typeof q === 'string' && q.trim() ? q.trim().slice(0, 80) : undefined;
  };
  return {
    format: r.format,
    records: r.items.length + r.skipped.length,
    shown: r.items.length,
    noun: 'question',
    summary: { categories: countBy(r.items.filter((i) => i.category), (i) => i.category) },
    sample: r.items.slice(0, opts.limit).map((i) => `${i.category ? `[${i.category}] ` : ''}${i.question} (#${i.id})`),
    skipped: r.skipped.map((s) => ({ index: s.index, reason: s.reason, ...(question(s.index) ? { name: question(s.index) } : {}) })),
    repaired: [],
    empty: r.items.length + r.skipped.length === 0,
  };
}

function validateScheme(core, text, opts) {
  const parsed = parseJsonOrFail(text);
  if (parsed.error) return { unusable: parsed.error };
  const r = core.parseScheme(parsed.value);
  if (r.errors.some((e) => e.index === -1 && e.reason === 'not-a-scheme')) return { unusable: 'not a milestone scheme ({ name?, milestones: [...] } or an array of milestones)' };
  const list = Array.isArray(parsed.value) ? parsed.value : Array.isArray(parsed.value?.milestones) ? parsed.value.milestones : [];
  const label = (i) => {
    const l = list[i]?.label;
    return typeof l === 'string' ? l.slice(0, 80) : l && typeof l === 'object' ? String(Object.values(l)[0] ?? '').slice(0, 80) || undefined : undefined;
  };
  const top = r.errors.filter((e) => e.index === -1);
  const entries = r.errors.filter((e) => e.index >= 0);
  const skipped = entries.map((e) => ({ index: e.index, reason: e.reason, ...(e.field ? { field: e.field } : {}), ...(label(e.index) ? { name: label(e.index) } : {}) }));
  if (top.some((e) => e.reason === 'too-many')) skipped.push({ index: -1, reason: 'too-many' });
  return {
    format: Array.isArray(parsed.value) ? 'array' : 'object',
    records: list.length,
    shown: r.scheme.milestones.length,
    noun: 'milestone',
    summary: { name: r.scheme.name ?? null, milestones: r.scheme.milestones.map((x) => (x.days !== undefined ? `${x.days}d` : `${x.months}m`)) },
    sample: r.scheme.milestones.slice(0, opts.limit).map((x) => `${x.days !== undefined ? `${x.days} days` : `${x.months} months`}: ${typeof x.label === 'string' ? x.label : Object.values(x.label ?? {})[0] ?? ''} (${x.color})`),
    skipped,
    repaired: top.filter((e) => e.reason === 'bad-name').map((e) => ({ index: -1, reason: e.reason, field: 'name' })),
    empty: list.length === 0,
  };
}

function validateMilestones(core, text, opts) {
  const parsed = parseJsonOrFail(text);
  if (parsed.error) return { unusable: parsed.error };
  const timeZone = opts.timeZone ?? core.systemTimeZone();
  if (!core.isValidTimeZone(timeZone)) throw new UsageError(`--time-zone: unknown time zone ${timeZone}`);
  let now = Date.now();
  if (opts.now !== undefined) {
    now = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(opts.now) ? `${opts.now}T12:00:00Z` : opts.now);
    if (Number.isNaN(now)) throw new UsageError(`--now: not an ISO date or date-time: ${opts.now}`);
  }
  const r = core.validateWall(parsed.value, { now, timeZone });
  if (!r) return { unusable: 'not a milestone wall feed (a JSON array of { name, since | days, scheme?, message?, showDate? })' };
  return {
    format: 'array',
    timeZone,
    records: parsed.value.length,
    shown: r.shown.length,
    noun: 'celebration',
    summary: { milestones: countBy(r.shown, (x) => x.milestone) },
    sample: r.shown.slice(0, opts.limit).map((x) => `${x.name}: ${x.milestone} (${x.scheme})`),
    skipped: r.skipped,
    repaired: [],
    empty: parsed.value.length === 0,
  };
}

function printText(report, limit) {
  const out = [];
  out.push(`${report.source}: ${report.type}${report.format ? ` (${report.format})` : ''}${report.timeZone ? `, times in ${report.timeZone}` : ''}`);
  if (report.error) {
    out.push(`  ${report.status === 'unreadable' ? 'cannot read' : 'unusable'}: ${report.error}`);
  } else {
    out.push(`  shown     ${plural(report.shown, report.noun)} of ${plural(report.records, 'record')}`);
    const s = report.summary ?? {};
    if (s.attendance) out.push(`            attendance: ${Object.entries(s.attendance).map(([k, v]) => `${k} ${v}`).join(', ')}; by appointment ${s.byAppointment}; with coordinates ${s.withCoordinates}`);
    if (s.days) out.push(`            per day: ${Object.entries(s.days).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (s.timeZones && Object.keys(s.timeZones).length > 1) out.push(`            time zones: ${Object.entries(s.timeZones).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (s.name) out.push(`            scheme name: ${s.name}`);
    if (report.sample?.length) {
      out.push(`  first ${report.sample.length} (feed order), as a widget reads them:`);
      for (const line of report.sample) out.push(`    ${line}`);
    }
    for (const [title, list] of [
      ['repaired', report.repaired],
      ['skipped', report.skipped],
    ]) {
      out.push(`  ${title.padEnd(9)} ${list.length}${list.length > limit ? ` (first ${limit})` : ''}`);
      for (const x of list.slice(0, limit)) out.push(`    ${x.index >= 0 ? `#${x.index}` : 'feed'} ${x.reason}${x.field ? ` (${x.field})` : ''}${x.name ? ` "${x.name}"` : ''}`);
    }
    if (report.empty) out.push('  note: the feed is empty (the widget shows its "nothing here" message)');
  }
  out.push(`result: ${report.status} (exit ${report.exit})`);
  console.log(out.join('\n'));
}

async function validate(opts) {
  if (opts.positional.length !== 1) throw new UsageError('validate needs exactly one file or URL');
  const target = opts.positional[0];
  const base = { source: target, type: opts.type };
  let input;
  try {
    input = await readInput(target);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    return { ...base, status: 'unreadable', exit: EXIT.unreadable, error: e.message };
  }
  const core = await loadCore();
  const run = { meetings: validateMeetings, faq: validateFaq, milestones: validateMilestones, scheme: validateScheme }[opts.type];
  const r = run(core, input.text, opts);
  if (r.unusable) return { ...base, status: 'unusable', exit: EXIT.unusable, error: r.unusable };
  const nothing = r.shown === 0 && !r.empty;
  const status = nothing ? 'unusable' : r.skipped.length ? 'skipped' : 'ok';
  return {
    ...base,
    status,
    exit: nothing ? EXIT.unusable : r.skipped.length ? EXIT.skipped : EXIT.ok,
    ...(nothing ? { error: `no usable ${r.noun}: all ${plural(r.records, 'record')} skipped` } : {}),
    ...r,
  };
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    console.log(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command !== 'validate') throw new UsageError(`unknown command ${command}`);
  const opts = parseArgs(rest);
  if (opts.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const report = await validate(opts);
  if (opts.json) {
    const { noun: _noun, ...rest2 } = report;
    console.log(JSON.stringify({ ...rest2, skipped: report.skipped ?? [], repaired: report.repaired ?? [] }, null, 2));
  } else printText(report, opts.limit);
  return report.exit;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof UsageError) {
      console.error(`recovery-kit: ${e.message}\n\n${HELP}`);
      process.exitCode = EXIT.usage;
    } else {
      console.error('recovery-kit: internal error:', e);
      process.exitCode = 1;
    }
  },
);
