import type { Catalog } from '../../core/i18n/index.js';

// A separate module so these strings load with the controls (on demand), not up front.
/** Text of the search box, category filter and Expand / Collapse all (loaded with them, on demand). */
export type FaqControlMessages = {
  search: string;
  matches: (n: number) => string;
  noMatch: string;
  categories: string;
  all: string;
  expandAll: string;
  collapseAll: string;
};

export const faqControlMessages: Catalog<FaqControlMessages> = {
  en: {
    search: 'Search questions',
    matches: (n) => (n === 1 ? '1 question matches' : `${n} questions match`),
    noMatch: 'No questions match your search.',
    categories: 'Categories',
    all: 'All',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
  },
  es: {
    search: 'Buscar preguntas',
    matches: (n) => (n === 1 ? '1 pregunta coincide' : `${n} preguntas coinciden`),
    noMatch: 'Ninguna pregunta coincide con su búsqueda.',
    categories: 'Categorías',
    all: 'Todas',
    expandAll: 'Abrir todas',
    collapseAll: 'Cerrar todas',
  },
};
