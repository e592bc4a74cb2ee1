// @web/test-runner configuration: real browsers, real HTTP.
// Browser selection: RK_BROWSERS=chromium (default) | chromium,firefox,webkit.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './scripts/wtr-browsers.mjs';
import { faultMiddleware } from './scripts/wtr-middleware.mjs';

const coverage = process.env.RK_COVERAGE === '1';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  middleware: [faultMiddleware],
  browsers: await browsers(),
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  coverage,
  coverageConfig: {
    include: ['src/core/**/*.ts'],
    threshold: coverage ? { statements: 90, lines: 90, branches: 90, functions: 85 } : undefined,
    report: true,
    reportDir: 'coverage',
  },
};
