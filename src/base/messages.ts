import type { Catalog } from '../core/i18n/index.js';
import type { LoadError } from './data-controller.js';

/** Messages every element shares: loading and load errors. */
export type BaseMessages = {
  loading: string;
  retry: string;
  errorNetwork: string;
  errorTimeout: string;
  errorNotFound: string;
  errorServer: (status: number) => string;
  errorHttp: (status: number) => string;
  errorParse: string;
  errorHtml: string;
  errorInvalidSrc: string;
  staleNotice: string;
};

export const baseMessages: Catalog<BaseMessages> = {
  en: {
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
  },
  es: {
    loading: 'Cargando…',
    retry: 'Reintentar',
    errorNetwork: 'No pudimos conectar con el servidor. Revise su conexión e inténtelo de nuevo.',
    errorTimeout: 'El servidor tardó demasiado en responder.',
    errorNotFound: 'No se encontró la dirección de los datos (404). Puede que el sitio la haya cambiado.',
    errorServer: (status) => `El servidor tuvo un problema (${status}). Inténtelo de nuevo en un momento.`,
    errorHttp: (status) => `El servidor rechazó la solicitud (${status}).`,
    errorParse: 'No se pudieron leer los datos: no son JSON válido.',
    errorHtml: 'La dirección devolvió una página web en lugar de datos.',
    errorInvalidSrc: 'La dirección de los datos no es una dirección web que podamos cargar.',
    staleNotice: 'Se muestra la última información que se cargó.',
  },
};

/** The localized sentence for a load error. */
export function loadErrorMessage(error: LoadError, m: BaseMessages): string {
  switch (error.code) {
    case 'network':
      return m.errorNetwork;
    case 'timeout':
      return m.errorTimeout;
    case 'http':
      if (error.status === 404 || error.status === 410) return m.errorNotFound;
      return error.status && error.status >= 500 ? m.errorServer(error.status) : m.errorHttp(error.status ?? 0);
    case 'html':
      return m.errorHtml;
    case 'invalid-src':
      return m.errorInvalidSrc;
    default:
      return m.errorParse;
  }
}
