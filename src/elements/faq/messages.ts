import type { Catalog } from '../../core/i18n/index.js';

/** Text of `<rk-faq>`. Load errors come from the shared `baseMessages` (loaded with the feed code). */
export type FaqMessages = {
  loading: string;
  empty: string;
  search: string;
  matches: (n: number) => string;
  noMatch: string;
  categories: string;
  all: string;
  expandAll: string;
  collapseAll: string;
  skipped: (n: number) => string;
  notFaq: string;
};

export const faqMessages: Catalog<FaqMessages> = {
  en: {
    loading: 'Loading…',
    empty: 'No questions yet.',
    search: 'Search questions',
    matches: (n) => (n === 1 ? '1 question matches' : `${n} questions match`),
    noMatch: 'No questions match your search.',
    categories: 'Categories',
    all: 'All',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    skipped: (n) => (n === 1 ? '1 question could not be shown.' : `${n} questions could not be shown.`),
    notFaq: 'The data is not a list of questions.',
  },
  es: {
    loading: 'Cargando…',
    empty: 'Todavía no hay preguntas.',
    search: 'Buscar preguntas',
    matches: (n) => (n === 1 ? '1 pregunta coincide' : `${n} preguntas coinciden`),
    noMatch: 'Ninguna pregunta coincide con su búsqueda.',
    categories: 'Categorías',
    all: 'Todas',
    expandAll: 'Abrir todas',
    collapseAll: 'Cerrar todas',
    skipped: (n) => (n === 1 ? '1 pregunta no se pudo mostrar.' : `${n} preguntas no se pudieron mostrar.`),
    notFaq: 'Los datos no son una lista de preguntas.',
  },
};
