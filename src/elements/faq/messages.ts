import type { Catalog } from '../../core/i18n/index.js';

/**
 * Text of `<rk-faq>`, loaded on demand with whichever part needs it first (the feed code, the
 * controls, or the empty state): a markup-only FAQ shows none of it. Loading and load errors
 * come from the shared `baseMessages` (loaded with the feed code).
 */
export type FaqMessages = {
  empty: string;
  skipped: (n: number) => string;
  notFaq: string;
  search: string;
  matches: (n: number) => string;
  noMatch: string;
  categories: string;
  all: string;
  expandAll: string;
  collapseAll: string;
};

export const faqMessages: Catalog<FaqMessages> = {
  en: {
    empty: 'No questions yet.',
    skipped: (n) => (n === 1 ? '1 question could not be shown.' : `${n} questions could not be shown.`),
    notFaq: 'The data is not a list of questions.',
    search: 'Search questions',
    matches: (n) => (n === 1 ? '1 question matches' : `${n} questions match`),
    noMatch: 'No questions match your search.',
    categories: 'Categories',
    all: 'All',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
  },
  es: {
    empty: 'Todavía no hay preguntas.',
    skipped: (n) => (n === 1 ? '1 pregunta no se pudo mostrar.' : `${n} preguntas no se pudieron mostrar.`),
    notFaq: 'Los datos no son una lista de preguntas.',
    search: 'Buscar preguntas',
    matches: (n) => (n === 1 ? '1 pregunta coincide' : `${n} preguntas coinciden`),
    noMatch: 'Ninguna pregunta coincide con su búsqueda.',
    categories: 'Categorías',
    all: 'Todas',
    expandAll: 'Abrir todas',
    collapseAll: 'Cerrar todas',
  },
};
