import type { Catalog } from '../../core/i18n/index.js';

/** Text of `<rk-faq>`. Load errors come from the shared `baseMessages` (loaded with the feed code). */
export type FaqMessages = {
  loading: string;
  empty: string;
  skipped: (n: number) => string;
  notFaq: string;
};

export const faqMessages: Catalog<FaqMessages> = {
  en: {
    loading: 'Loading…',
    empty: 'No questions yet.',
    skipped: (n) => (n === 1 ? '1 question could not be shown.' : `${n} questions could not be shown.`),
    notFaq: 'The data is not a list of questions.',
  },
  es: {
    loading: 'Cargando…',
    empty: 'Todavía no hay preguntas.',
    skipped: (n) => (n === 1 ? '1 pregunta no se pudo mostrar.' : `${n} preguntas no se pudieron mostrar.`),
    notFaq: 'Los datos no son una lista de preguntas.',
  },
};
