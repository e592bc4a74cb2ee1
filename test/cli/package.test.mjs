// package.json as published: every element folder has its class and define entries (with
// typesVersions for old resolvers), the bin is there and executable, the editor data is referenced,
// and after `npm run build` every export target exists. Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const elements = readdirSync(path.join(root, 'src/elements'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(root, 'src/elements', d.name, 'define.ts')))
  .map((d) => d.name);

test('every element folder has ./<name> and ./<name>/define exports and typesVersions', () => {
  assert.ok(elements.length >= 2);
  for (const name of elements) {
    assert.deepEqual(pkg.exports[`./${name}`], { types: `./dist/types/elements/${name}/${name}.d.ts`, default: `./dist/elements/${name}.js` }, name);
    assert.deepEqual(pkg.exports[`./${name}/define`], { types: `./dist/types/elements/${name}/define.d.ts`, default: `./dist/define/${name}.js` }, name);
    assert.deepEqual(pkg.typesVersions['*'][name], [`dist/types/elements/${name}/${name}.d.ts`], name);
    assert.deepEqual(pkg.typesVersions['*'][`${name}/define`], [`dist/types/elements/${name}/define.d.ts`], name);
    assert.ok(existsSync(path.join(root, 'src/elements', name, `${name}.ts`)), `${name}: the class lives in ${name}.ts`);
  }
});

test('bin, editor data, schemas and framework typings are published', () => {
  assert.deepEqual(pkg.bin, { 'recovery-kit': 'bin/recovery-kit.mjs' });
  const bin = path.join(root, pkg.bin['recovery-kit']);
  assert.ok(statSync(bin).mode & 0o111, 'bin is executable');
  assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(existsSync(path.join(root, pkg['web-types'])));
  for (const f of ['dist', 'custom-elements.json', 'schemas', 'editor', 'bin', 'src/integrations/*.d.ts']) assert.ok(pkg.files.includes(f), f);
  for (const f of ['jsx', 'preact', 'solid', 'vue', 'svelte']) assert.ok(existsSync(path.join(root, pkg.exports[`./${f}`].types)), f);
  assert.equal(pkg.exports['./autoloader'], './dist/cdn/autoloader.js');
  assert.equal(pkg.exports['./schemas/*'], './schemas/*');
  assert.ok(pkg.sideEffects.every((p) => /define|cdn|index/.test(p)), 'only define modules, the CDN files and the index (which defines all) have side effects');
});

// Only against a build at least as new as the element folders (a stale local dist proves nothing).
const builtAt = existsSync(path.join(root, 'dist/integrations/react.js')) ? statSync(path.join(root, 'dist/integrations/react.js')).mtimeMs : 0;
const newestSource = Math.max(...elements.map((n) => statSync(path.join(root, 'src/elements', n, 'define.ts')).mtimeMs));
const skipBuilt = builtAt === 0 ? 'not built' : builtAt < newestSource ? 'dist is older than src/elements' : false;

test('after a build, every export target exists', { skip: skipBuilt }, () => {
  const missing = [];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    const elementName = key.replace(/^\.\//, '').replace(/\/define$/, '');
    if (!elements.includes(elementName) && /^\.\/[a-z-]+(\/define)?$/.test(key) && !['./core', './react', './jsx', './preact', './solid', './vue', './svelte', './cdn', './autoloader'].includes(key)) continue; // element not landed yet
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) if (!existsSync(path.join(root, file))) missing.push(`${key}: ${file}`);
  }
  assert.deepEqual(missing, []);
});
