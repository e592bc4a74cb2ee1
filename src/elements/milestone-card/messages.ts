import type { Catalog } from '../../core/i18n/index.js';
import { baseMessages, type BaseMessages } from '../../base/messages.js';

export type MilestoneCardMessages = BaseMessages & {
  /** Heading when no milestone is reached yet (a future date, or before the first one). */
  fresh: string;
  congrats: (name: string) => string;
  welcome: (name: string) => string;
  startsIn: (days: string) => string;
  next: (label: string, days: string) => string;
  /** `#` is the number. */
  dayOne: string;
  dayOther: string;
  since: (date: string) => string;
  keytag: (color: string) => string;
  chip: (color: string) => string;
  invalid: string;
  share: string;
  download: string;
  downloaded: string;
  imageFailed: string;
  schemeTitle: string;
  skipped: (n: number, entries: string) => string;
  unreadable: string;
};

export const cardMessages: Catalog<MilestoneCardMessages> = {
  en: {
    ...baseMessages.en,
    fresh: 'A fresh start',
    congrats: (name) => `Congratulations${name ? `, ${name}` : ''}! Keep coming back.`,
    welcome: (name) => `Welcome${name ? `, ${name}` : ''}. We are glad you are here.`,
    startsIn: (days) => `Starts in ${days}.`,
    next: (label, days) => `Next: ${label}, in ${days}`,
    dayOne: '# day',
    dayOther: '# days',
    since: (date) => `Since ${date}`,
    keytag: (color) => `${color} keytag`,
    chip: (color) => `${color} chip`,
    invalid: 'Add a sobriety date (YYYY-MM-DD) or a number of days.',
    share: 'Share image',
    download: 'Download image',
    downloaded: 'Image downloaded.',
    imageFailed: 'Sorry, the image could not be made.',
    schemeTitle: 'Could not load the milestone scheme; showing the standard milestones.',
    skipped: (n, entries) => `${n === 1 ? '1 milestone in the scheme was' : `${n} milestones in the scheme were`} skipped (entries ${entries}).`,
    unreadable: 'The milestone scheme is not a list of milestones; showing the standard milestones.',
  },
  es: {
    ...baseMessages.es!,
    fresh: 'Un nuevo comienzo',
    congrats: (name) => `¡Felicidades${name ? `, ${name}` : ''}! Sigue viniendo.`,
    welcome: (name) => `Te damos la bienvenida${name ? `, ${name}` : ''}. Nos alegra que estés aquí.`,
    startsIn: (days) => `Comienza en ${days}.`,
    next: (label, days) => `Siguiente: ${label}, en ${days}`,
    dayOne: '# día',
    dayOther: '# días',
    since: (date) => `Desde el ${date}`,
    keytag: (color) => `Llavero ${color.toLowerCase()}`,
    chip: (color) => `Ficha de color ${color.toLowerCase()}`,
    invalid: 'Indique una fecha de sobriedad (AAAA-MM-DD) o un número de días.',
    share: 'Compartir imagen',
    download: 'Descargar imagen',
    downloaded: 'Imagen descargada.',
    imageFailed: 'Lo sentimos, no se pudo crear la imagen.',
    schemeTitle: 'No se pudo cargar el esquema de hitos; se muestran los hitos habituales.',
    skipped: (n, entries) => `${n === 1 ? 'Se omitió 1 hito' : `Se omitieron ${n} hitos`} del esquema (entradas ${entries}).`,
    unreadable: 'El esquema de hitos no es una lista de hitos; se muestran los hitos habituales.',
  },
};
