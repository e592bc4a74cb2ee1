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

export async function measureEntry(entries) {
  const list = Array.isArray(entries) ? entries : [entries];
  const contents = list.map((e) => `export * from ${JSON.stringify(path.resolve(e))};`).join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: 'tsconfig.json',
    external: ['lit', 'lit/*', '@lit/context', '@lit/react', 'react', 'leaflet'],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
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
    const code = readFileSync(b.file);
    size = { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
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
  ...rows.map((r) => `| ${r.name} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.limit)}${r.ok ? '' : ' **exceeded**'} |`),
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
    console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(44)} ${kb(r.gzip).padStart(9)} gzip (budget ${kb(r.limit)}), ${kb(r.raw)} minified`);
  }
}
if (failed) {
  console.error('size: a budget was exceeded (see size-budgets.json)');
  process.exit(1);
}
