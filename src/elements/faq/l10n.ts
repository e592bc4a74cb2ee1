/**
 * The messages of `<rk-faq>`, loaded with `import()` by the first part that shows text (the
 * feed code, the controls, or the empty state). Each element gets its own
 * LocalizeController (its `lang`, the provider's locale, the nearest `[lang]`, the page).
 */
import { css, html, type TemplateResult } from 'lit';
import { adopt } from '../../base/adopt.js';
import { LocalizeController } from '../../base/localize.js';
import type { RkFaq } from './faq.js';
import { faqMessages, type FaqMessages } from './messages.js';

const controllers = new WeakMap<RkFaq, LocalizeController<FaqMessages>>();

// Styles of what the parts render besides the controls: notes, the empty state, feed answers' links.
const styles = css`
.note,.empty{color:var(--_muted)}
a{color:var(--_primary)}
`;

/** The element's localization (made on first use, with the parts' styles adopted). */
export function t(host: RkFaq): LocalizeController<FaqMessages> {
  let c = controllers.get(host);
  if (!c) {
    controllers.set(host, (c = new LocalizeController<FaqMessages>(host, faqMessages)));
    adopt(host, styles);
  }
  return c;
}

/** "No questions yet." */
export const empty = (host: RkFaq): TemplateResult => html`<p part="empty" class="empty">${t(host).msg.empty}</p>`;
