import type { DetailsMessages } from './messages.js';
import type { FinderMessages } from '../meeting-provider/messages.js';

/** Spanish texts of the meeting details, loaded on demand. */
export const es: Omit<DetailsMessages, keyof FinderMessages> = {
  back: 'Volver a la lista',
  join: 'Unirse en línea',
  call: (p) => `Llamar al ${p}`,
  directions: 'Cómo llegar',
  appleMaps: 'Apple Maps',
  googleMaps: 'Google Maps',
  osm: 'OpenStreetMap',
  addToCalendar: 'Agregar al calendario',
  downloadIcs: 'Descargar archivo de calendario (.ics)',
  googleCalendar: 'Google Calendar',
  copyLink: 'Copiar enlace',
  share: 'Compartir',
  copied: 'Enlace copiado.',
  website: 'Sitio web',
  meetingPage: 'Página de la reunión',
  group: 'Grupo',
  notes: 'Notas',
  locationNotes: 'Sobre el lugar',
  onlineHeading: 'Unirse en línea o por teléfono',
  updated: (d) => `Actualizado el ${d}`,
  meetingTime: (t) => `${t} hora de la reunión`,
  noticeClosedOnline: 'El lugar está cerrado temporalmente. Esta reunión se realiza en línea.',
  noticeClosed: 'El lugar está cerrado temporalmente y la lista no da un enlace en línea. Consulte con el grupo antes de ir.',
  noticeInactive: 'Puede que esta reunión no se esté realizando ahora: la lista no da un lugar al que ir ni un enlace en línea. Consulte con el grupo antes de ir.',
  noticeInactiveListed: 'La lista marca esta reunión como inactiva: puede que no se esté realizando ahora. Consulte con el grupo antes de ir.',
  placeClosed: 'Cerrado temporalmente',
};
