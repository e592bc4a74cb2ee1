// Finds a Chromium the test runner can drive; on a fresh Debian machine running as root,
// installs Debian's `chromium` package. No npm package downloads a browser here.
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);

function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

export function findChromium({ install = true } = {}) {
  for (const c of candidates) if (existsSync(c)) return c;
  for (const cmd of ['chromium', 'chromium-browser', 'google-chrome']) {
    const p = which(cmd);
    if (p) return p;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && which('apt-get')) {
    console.error('[recovery-kit] No Chromium found; installing Debian\'s "chromium" package with apt-get...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.error(
    [
      '[recovery-kit] The tests need a Chromium or Chrome browser and none was found.',
      '  - Debian/Ubuntu: sudo apt-get install chromium',
      '  - macOS: install Google Chrome, or set CHROME_PATH',
      '  - Anywhere: set CHROME_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

/** The flags Chromium runs with in the tests and checks (root, CI containers, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Headless Chromium through puppeteer-core, with {@link CHROMIUM_ARGS}. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}
