// Browser launchers for @web/test-runner. RK_BROWSERS picks them: "chromium" (default),
// or a comma list of chromium, firefox, webkit (see ../shared/TOOLCHAIN.md).
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

export async function browsers() {
  const wanted = (process.env.RK_BROWSERS ?? 'chromium').split(',').map((s) => s.trim()).filter(Boolean);
  const list = [];
  for (const name of wanted) {
    if (name === 'chromium') {
      list.push(
        chromeLauncher({
          launchOptions: { executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS },
        }),
      );
    } else if (name === 'firefox' || name === 'webkit') {
      const mod = await import('./wtr-browsers-extra.mjs');
      list.push(await mod[name]());
    } else {
      throw new Error(`Unknown browser "${name}" in RK_BROWSERS`);
    }
  }
  return list;
}
