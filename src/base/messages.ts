import type { Catalog } from '../core/i18n/index.js';
import { BASE_EN, type BaseMessages } from './load-messages.js';
import { BASE_ES } from './load-messages-es.js';

export { BASE_EN, loadErrorMessage, type BaseMessages } from './load-messages.js';
export { BASE_ES };

/** Loading and load-error messages in every language (English in `load-messages.ts`, Spanish in `load-messages-es.ts`). */
export const baseMessages: Catalog<BaseMessages> = { en: BASE_EN, es: BASE_ES };
