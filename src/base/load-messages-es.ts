import type { BaseMessages } from './load-messages.js';

/** Spanish of `INVALID_DATE_EN`: an unreadable date or date-time, with what was given. */
export const INVALID_DATE_ES = (input: string) => `«${input}» no es una fecha válida. Use el formato AAAA-MM-DD, por ejemplo 2024-03-01.`;

/** Spanish load messages (loaded on demand with an element's Spanish catalog). */
export const BASE_ES: BaseMessages = {
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
};
