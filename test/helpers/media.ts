import { emulateMedia, setViewport } from '@web/test-runner-commands';

/**
 * Asks the browser to emulate `prefers-reduced-motion: reduce`. Returns whether the media query
 * now matches: Chromium can emulate it; Firefox ESR and WebKitGTK under the runner cannot, and
 * there tests check the element's `reduced-motion` attribute path instead.
 */
export async function emulateReducedMotion(): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: 'reduce' });
  } catch {
    return false;
  }
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export async function resetReducedMotion(): Promise<void> {
  try {
    await emulateMedia({ reducedMotion: 'no-preference' });
  } catch {
    // Nothing was emulated.
  }
}

/**
 * Emulates print media (`true`) or screen media (`false`). Returns whether the browser could:
 * Chromium can (CDP); Firefox ESR and WebKitGTK under the runner cannot, and there a test checks
 * what it can without it (e.g. the `beforeprint` path).
 */
export async function emulatePrint(on: boolean): Promise<boolean> {
  try {
    await emulateMedia({ media: on ? 'print' : 'screen' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A phone-sized layout: a 360 x 740 viewport where the runner can set one (Chromium, Firefox);
 * elsewhere (WebKitGTK through WebDriver) the page body is 360px wide, which is what the
 * elements lay out against (they size to their container).
 */
export async function phoneWidth(): Promise<void> {
  try {
    await setViewport({ width: 360, height: 740 });
  } catch {
    document.body.style.width = '360px';
  }
}

/** Whether the page scrolls sideways. */
export const scrollsSideways = (): boolean => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth;
