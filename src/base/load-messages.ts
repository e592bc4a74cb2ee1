import type { LoadError } from './data-controller.js';

/** Messages every element with a `src` shares: loading and load errors. */
export type BaseMessages = {
  loading: string;
  retry: string;
  errorNetwork: string;
  errorTimeout: string;
  errorNotFound: string;
  errorServer: (status: number) => string;
  errorHttp: (status: number) => string;
  errorParse: string;
  /** Valid data of the wrong kind ("This address does not give a list of meetings."); else errorParse. */
  errorNotData?: string;
  errorHtml: string;
  errorInvalidSrc: string;
  staleNotice: string;
};

/**
 * English. Spanish is in `load-messages-es.ts`, a module of its own so an element can load it
 * on demand with its own Spanish catalog; `messages.ts` has both as `baseMessages`.
 */
export const BASE_EN: BaseMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  errorNetwork: 'We could not reach the server. Check your connection and try again.',
  errorTimeout: 'The server took too long to answer.',
  errorNotFound: 'The data address was not found (404). The site may have moved it.',
  errorServer: (status) => `The server had a problem (${status}). Please try again in a moment.`,
  errorHttp: (status) => `The server refused the request (${status}).`,
  errorParse: 'The data could not be read: it is not valid JSON.',
  errorHtml: 'The address returned a web page instead of data.',
  errorInvalidSrc: 'The data address is not a web address we can load.',
  staleNotice: 'Showing the last information that loaded.',
};

/**
 * An unreadable date or date-time (a `since` or a `now`), with what was given: the same
 * sentence for every element that takes dates. Spanish: `INVALID_DATE_ES` in `load-messages-es.ts`.
 */
export const INVALID_DATE_EN = (input: string) => `“${input}” is not a date we can read. Use the form YYYY-MM-DD, for example 2024-03-01.`;

/** The localized sentence for a load error. */
export function loadErrorMessage({ code, status = 0, notData }: LoadError, m: BaseMessages): string {
  return code == 'http'
    ? status == 404 || status == 410
      ? m.errorNotFound
      : status >= 500
        ? m.errorServer(status)
        : m.errorHttp(status)
    : code == 'network'
      ? m.errorNetwork
      : code == 'timeout'
        ? m.errorTimeout
        : code == 'html'
          ? m.errorHtml
          : code == 'invalid-src'
            ? m.errorInvalidSrc
            : (notData && m.errorNotData) || m.errorParse;
}
