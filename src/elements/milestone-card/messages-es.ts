import { BASE_ES, INVALID_DATE_ES } from '../../base/load-messages-es.js';
import { TAGS_ES, UNITS_ES } from '../../core/milestones/labels-es.js';
import type { MilestoneCardMessages } from './messages.js';

/** Spanish texts of the card, loaded on demand. */
export const es: MilestoneCardMessages = {
  ...BASE_ES,
  labels: UNITS_ES,
  tags: TAGS_ES,
  fresh: 'Un nuevo comienzo',
  congrats: (name) => `¡Felicidades${name && `, ${name}`}! Sigue viniendo.`,
  welcome: (name) => `Te damos la bienvenida${name && `, ${name}`}. Nos alegra que estés aquí.`,
  startsIn: (days) => `Comienza en ${days}.`,
  next: (label, days) => `Siguiente: ${label}${days == label ? '' : `, en ${days}`}`,
  since: (date) => `Desde el ${date}`,
  keytag: (color) => `Llavero ${color.toLowerCase()}`,
  chip: (color) => `Ficha de color ${color.toLowerCase()}`,
  invalid: 'Indique una fecha de sobriedad (AAAA-MM-DD) o un número de días.',
  invalidNow: INVALID_DATE_ES,
  share: 'Compartir imagen',
  download: 'Descargar imagen',
  downloaded: 'Imagen descargada.',
  imageFailed: 'Lo sentimos, no se pudo crear la imagen.',
};
