// @web/test-runner config for the React test app (test/integrations/*.test.tsx): the base config,
// plus TSX and React served as ES modules. React ships CommonJS only, so the dev server cannot
// serve it as is: this plugin bundles react + react-dom/client once with esbuild (one shared copy)
// and serves a small ES facade per specifier. Nothing is downloaded; it reads node_modules.
// Run: npm test -- --config test/integrations/wtr-react.config.mjs
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import base from '../../web-test-runner.config.mjs';

const SPECIFIERS = ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'];
const PREFIX = '/__rk-react-esm/';
let vendor;

async function vendorBundle() {
  vendor ??= build({
    stdin: {
      contents: SPECIFIERS.map((s, i) => `import * as m${i} from '${s}'; export { m${i} };`).join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return vendor;
}

const reactEsm = {
  name: 'rk-react-esm',
  resolveImport({ source }) {
    if (SPECIFIERS.includes(source)) return `${PREFIX}${source.replace(/\//g, '__')}.js`;
  },
  async serve(context) {
    if (!context.path.startsWith(PREFIX)) return undefined;
    const file = context.path.slice(PREFIX.length);
    if (file === 'vendor.js') return { body: await vendorBundle(), type: 'js' };
    const source = file.replace(/\.js$/, '').replace(/__/g, '/');
    const i = SPECIFIERS.indexOf(source);
    if (i < 0) return undefined;
    // Export names read in a child process (React patches the console of whoever loads it).
    const keys = JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(source)})))`], { encoding: 'utf8' }));
    const names = keys.filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
    return {
      body: `import { m${i} } from './vendor.js';\nconst mod = m${i}.default ?? m${i};\nexport default mod;\n${names.map((n) => `export const ${n} = mod.${n};`).join('\n')}\n`,
      type: 'js',
    };
  },
};

export default {
  ...base,
  files: ['test/integrations/**/*.test.tsx'],
  plugins: [reactEsm, esbuildPlugin({ ts: true, tsx: true, tsconfig: 'tsconfig.json', target: 'es2022', jsxFactory: 'React.createElement', jsxFragment: 'React.Fragment' })],
};
