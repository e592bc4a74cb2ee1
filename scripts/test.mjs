#!/usr/bin/env node
// `npm test`: makes sure a browser exists, then runs @web/test-runner.
// Extra arguments go to the runner, e.g. `npm test -- --files test/core/**/*.test.ts`.
import { spawn } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const browsers = (process.env.RK_BROWSERS ?? 'chromium').split(',');
if (browsers.includes('chromium')) process.env.CHROME_PATH = findChromium();

const args = process.argv.slice(2);
const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
  stdio: 'inherit',
  env: process.env,
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
