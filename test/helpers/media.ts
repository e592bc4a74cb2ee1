import { emulateMedia } from '@web/test-runner-commands';

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
