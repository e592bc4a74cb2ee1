#!/usr/bin/env node
// Size budgets: bundles each entry with esbuild (minified, Lit and @lit/context external, as
// an app that already has Lit would ship it), gzips it, and compares with size-budgets.json.
// Files (the CDN bundle) are measured as built. Exits 1 when a budget is exceeded.
// Usage: node scripts/size.mjs [--budgets file] [--markdown] [--readme]
//   --readme rewrites the table between <!-- size:start --> and <!-- size:end --> in README.md.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const args = process.argv.slice(2);
const budgetsFile = args.includes('--budgets') ? args[args.indexOf('--budgets') + 1] : 'size-budgets.json';
const markdown = args.includes('--markdown');
const { budgets } = JSON.parse(readFileSync(budgetsFile, 'utf8'));

/**
 * Bundles `entries` as an app would (minified, Lit external, code splitting on) and measures
 * what loads up front: the entry chunk plus the chunks it imports statically. Chunks reached
 * only through `import()` (e.g. the map, or the sanitizer when no JSON is used) are reported
 * separately as `lazy`.
 */
export async function measureEntry(entries) {
  const list = Array.isArray(entries) ? entries : [entries];
  const result = await build({
    entryPoints: list.map((e) => path.resolve(e)),
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    outdir: '/tmp/rk-size-out',
    tsconfig: 'tsconfig.json',
    external: ['lit', 'lit/*', '@lit/context', '@lit/react', 'react', 'leaflet'],
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((f) => [path.relative(process.cwd(), f.path), f.contents]));
  const outputs = result.metafile.outputs;
  const eager = new Set();
  const visit = (out) => {
    if (eager.has(out)) return;
    eager.add(out);
    for (const imp of outputs[out].imports ?? []) if (imp.kind === 'import-statement' && outputs[imp.path]) visit(imp.path);
  };
  // Only the entries asked for are up front: esbuild also marks import()-ed modules as entry points.
  const wanted = new Set(list.map((e) => path.resolve(e)));
  for (const [out, meta] of Object.entries(outputs)) if (meta.entryPoint && wanted.has(path.resolve(meta.entryPoint))) visit(out);
  let raw = 0;
  let gzip = 0;
  let lazy = 0;
  for (const [out, code] of files) {
    const key = Object.keys(outputs).find((k) => path.resolve(k) === path.resolve(out)) ?? out;
    if (eager.has(key)) {
      raw += code.length;
      gzip += gzipSync(code, { level: 9 }).length;
    } else lazy += gzipSync(code, { level: 9 }).length;
  }
  return { raw, gzip, lazy };
}

/** A built file plus the chunks it imports statically (what the browser loads up front). */
function measureBuiltFile(file) {
  const seen = new Set();
  let raw = 0;
  let gzip = 0;
  const visit = (f) => {
    if (seen.has(f) || !existsSync(f)) return;
    seen.add(f);
    const code = readFileSync(f);
    raw += code.length;
    gzip += gzipSync(code, { level: 9 }).length;
    // Static imports only: `import"./x.js"` / `from"./x.js"`; `import("./x.js")` stays on demand.
    for (const m of code.toString('utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(path.resolve(path.dirname(f), m[1]));
  };
  visit(path.resolve(file));
  return { raw, gzip };
}

const rows = [];
let failed = false;
for (const b of budgets) {
  let size;
  if (b.file) {
    if (!existsSync(b.file)) {
      console.error(`size: ${b.file} does not exist (run npm run build first)`);
      failed = true;
      continue;
    }
    size = measureBuiltFile(b.file);
  } else {
    size = await measureEntry(b.entry ?? b.entries);
  }
  const ok = size.gzip <= b.limit;
  if (!ok) failed = true;
  rows.push({ name: b.name, ...size, limit: b.limit, ok });
}

const kb = (n) => (n / 1000).toFixed(1) + ' kB';
const table = [
  '| entry | minified | gzip | budget (gzip) |',
  '|---|---|---|---|',
  ...rows.map((r) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)}${r.lazy ? ` (+${kb(r.lazy)} loaded on demand)` : ''} | ${kb(r.limit)}${r.ok ? '' : ' **exceeded**'} |`),
].join('\n');
if (args.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const [a, b] = ['<!-- size:start -->', '<!-- size:end -->'].map((m) => readme.indexOf(m));
  if (a >= 0 && b > a) writeFileSync('README.md', readme.slice(0, a) + '<!-- size:start -->\n' + table + '\n' + readme.slice(b));
}
if (markdown) {
  console.log(table);
} else {
  for (const r of rows) {
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(44)} ${kb(r.gzip).padStart(9)} gzip (budget ${kb(r.limit)}), ${kb(r.raw)} minified${r.lazy ? `, +${kb(r.lazy)} gzip on demand` : ''}`);
  }
}
if (failed) {
  console.error('size: a budget was exceeded (see size-budgets.json)');
  process.exit(1);
}
