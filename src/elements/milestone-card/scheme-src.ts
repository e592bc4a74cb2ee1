/**
 * What `<rk-milestone-card scheme-src>` needs beyond the built-in schemes, loaded on demand
 * when a page sets `scheme-src`: the validator and the texts about the scheme (load error
 * title, skipped entries). Imports nothing the card itself loads, so the card stays one file.
 */
import { html, nothing } from 'lit';
import type { Formatter } from '../../core/i18n/index.js';
import { parseScheme, type ParsedScheme } from '../../core/milestones/custom.js';

export { parseScheme };

const texts = {
  en: {
    title: 'Could not load the milestone scheme; showing the standard milestones.',
    skipped: (n: number, entries: string) => `${n == 1 ? '1 milestone in the scheme was' : `${n} milestones in the scheme were`} skipped (entries ${entries}).`,
    unreadable: 'The milestone scheme is not a list of milestones; showing the standard milestones.',
  },
  es: {
    title: 'No se pudo cargar el esquema de hitos; se muestran los hitos habituales.',
    skipped: (n: number, entries: string) => `${n == 1 ? 'Se omitió 1 hito' : `Se omitieron ${n} hitos`} del esquema (entradas ${entries}).`,
    unreadable: 'El esquema de hitos no es una lista de hitos; se muestran los hitos habituales.',
  },
};

/** The texts in the card's language. */
export const schemeTexts = (language: string) => (language == 'es' ? texts.es : texts.en);

/** Notes about a loaded scheme: unreadable, or how many entries were skipped (1-based). */
export function schemeNotes(data: ParsedScheme, language: string, fmt: Formatter) {
  const m = schemeTexts(language);
  const bad = data.errors.filter((e) => e.index >= 0).map((e) => fmt.number(e.index + 1));
  const note = !data.scheme.milestones.length ? m.unreadable : bad.length ? m.skipped(bad.length, fmt.list(bad)) : '';
  return note ? html`<p part="warning" class="warning">${note}</p>` : nothing;
}
