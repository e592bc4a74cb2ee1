/**
 * Library build (`npm run build` runs both):
 *  - default mode: per-element ES modules in dist/ with Lit as a peer (external):
 *    dist/elements/<name>.js (class), dist/define/<name>.js (registers), dist/index.js, dist/core.js
 *  - `--mode cdn`: one self-contained, minified dist/cdn/recovery-kit.js that defines everything
 *    (Lit included). Parts only some pages need (the map, the FAQ's JSON sanitizer) stay in
 *    dist/cdn/chunks/ and load on demand, relative to the script's own URL.
 *  - `--mode cdn-autoloader`: dist/cdn/autoloader.js, which defines each element only when its tag
 *    appears in the page; every element is its own lazily loaded chunk in dist/cdn/chunks/. A
 *    separate build so that recovery-kit.js stays one self-contained file (sharing chunks with the
 *    autoloader would split it).
 */
import { defineConfig } from 'vite';
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const elementNames = readdirSync(resolve(root, 'src/elements'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(resolve(root, 'src/elements', d.name, 'define.ts')))
  .map((d) => d.name);

function libEntries(): Record<string, string> {
  const entries: Record<string, string> = {
    index: resolve(root, 'src/index.ts'),
    core: resolve(root, 'src/core/index.ts'),
    // Separate entry: the meeting engine's helper names (fold, slugify, safeUrl) differ from the FAQ's.
    'core-meetings': resolve(root, 'src/core/meetings/index.ts'),
  };
  for (const name of elementNames) {
    const base = resolve(root, 'src/elements', name);
    const main = existsSync(resolve(base, `${name}.ts`)) ? `${name}.ts` : 'index.ts';
    entries[`elements/${name}`] = resolve(base, main);
    entries[`define/${name}`] = resolve(base, 'define.ts');
  }
  // `recovery-kit/react`: the wrappers generated from the manifest (React and @lit/react external).
  entries['integrations/react'] = resolve(root, 'src/integrations/react.ts');
  return entries;
}

export default defineConfig(({ mode }) => {
  const autoloader = mode === 'cdn-autoloader';
  const cdn = mode === 'cdn' || autoloader;
  return {
    build: {
      target: 'es2022',
      emptyOutDir: false,
      outDir: cdn ? 'dist/cdn' : 'dist',
      sourcemap: true,
      minify: cdn,
      lib: cdn
        ? { entry: autoloader ? { autoloader: resolve(root, 'src/autoloader.ts') } : { 'recovery-kit': resolve(root, 'src/index.ts') }, formats: ['es'] }
        : { entry: libEntries(), formats: ['es'] },
      rolldownOptions: {
        external: cdn ? [] : [/^lit(\/.*)?$/, /^@lit\/context(\/.*)?$/, /^@lit\/react(\/.*)?$/, /^react(\/.*)?$/],
        output: {
          minify: cdn,
          entryFileNames: '[name].js',
          chunkFileNames: cdn ? 'chunks/[name]-[hash].js' : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
