// Firefox ESR and WebKitGTK launchers for @web/test-runner (see ../shared/TOOLCHAIN.md).
// Both browsers come from Debian's apt: firefox-esr, webkit2gtk-driver + xvfb
// (scripts/ensure-browsers.sh installs them). Nothing here downloads a browser.
//
// Firefox: puppeteer-core over WebDriver BiDi, through the Chrome launcher's puppeteer hook.
// WebKit: MiniBrowser driven by WebKitWebDriver (WebDriver classic), which this module starts
// on a free port under `xvfb-run -a` and stops when the runner stops or the process exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const FIREFOX_PATHS = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER_PATHS = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];
const WEBDRIVER_PATHS = [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'];

/** The Firefox ESR the tests and checks drive (FIREFOX_PATH, else Debian's), or undefined. */
export const firefoxPath = () => FIREFOX_PATHS.find((p) => p && existsSync(p));

function firstExisting(list, what, pkg) {
  const found = list.find((p) => p && existsSync(p));
  if (!found) throw new Error(`${what} not found (tried ${list.filter(Boolean).join(', ')}). Install it: apt-get install -y ${pkg}  (or run scripts/ensure-browsers.sh)`);
  return found;
}

export async function firefox() {
  const [{ chromeLauncher }, puppeteerCore] = await Promise.all([import('@web/test-runner-chrome'), import('puppeteer-core')]);
  const executablePath = firstExisting(FIREFOX_PATHS, 'Firefox ESR', 'firefox-esr');
  return chromeLauncher({
    puppeteer: puppeteerCore.default ?? puppeteerCore,
    // A loaded 2-core machine can take longer than puppeteer's 30 s default to open a page.
    createPage: async ({ browser }) => {
      const page = await browser.newPage();
      page.setDefaultNavigationTimeout(120000);
      page.setDefaultTimeout(120000);
      return page;
    },
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: {
        // No update checks, telemetry or captive-portal probes while testing.
        'app.update.enabled': false,
        'network.captive-portal-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
      },
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited early (code ${child.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${lastError?.message ?? 'timeout'}`);
}

const drivers = new Set();
function killDriver(child) {
  if (!drivers.has(child)) return;
  drivers.delete(child);
  try {
    // xvfb-run starts Xvfb and the driver as children: stop the whole process group.
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}
let exitHooked = false;
function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', () => [...drivers].forEach(killDriver));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      [...drivers].forEach(killDriver);
      process.exit(130);
    });
  }
}

export async function webkit() {
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const binary = firstExisting(MINIBROWSER_PATHS, 'MiniBrowser', 'webkit2gtk-driver');
  const driverBin = firstExisting(WEBDRIVER_PATHS, 'WebKitWebDriver', 'webkit2gtk-driver');
  if (!existsSync('/usr/bin/xvfb-run')) throw new Error('xvfb-run not found. Install it: apt-get install -y xvfb');
  const port = await freePort();
  hookExit();
  const child = spawn('xvfb-run', ['-a', driverBin, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', process.env.RK_WEBKIT_DEBUG ? 'inherit' : 'ignore'],
  });
  drivers.add(child);
  child.on('exit', () => drivers.delete(child));
  try {
    await waitForDriver(port, child, 30000);
  } catch (e) {
    killDriver(child);
    throw e;
  }

  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    },
  });
  // Stop the driver (and its Xvfb) when the runner stops the browser.
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      killDriver(child);
    }
  };
  return launcher;
}
