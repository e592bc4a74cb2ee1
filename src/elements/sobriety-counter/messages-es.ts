import { INVALID_DATE_ES } from '../../base/load-messages-es.js';
import { UNITS_ES } from '../../core/milestones/labels-es.js';
import type { CounterMessages } from './messages.js';

/** Spanish texts of the counter, loaded on demand. */
export const es: CounterMessages = {
  labels: UNITS_ES,
  dayWord: { one: 'día', other: 'días' },
  hours: { one: '# hora', other: '# horas' },
  minutes: { one: '# minuto', other: '# minutos' },
  until: (n, count, label) => (n == 1 ? `Mañana: ${label}` : count == label ? `Próximo: ${label}` : `Faltan ${count} para ${label}`),
  today: (label) => `¡Hoy: ${label}!`,
  startsIn: (n, count) => (n ? `Empieza en ${count}` : 'Empieza hoy más tarde'),
  startsOn: (date) => `Fecha de inicio: ${date}`,
  money: (amount) => `${amount} ahorrados`,
  time: (span) => `${span} de tiempo recuperado`,
  invalid: INVALID_DATE_ES,
  noDate: 'Todavía no hay fecha de inicio.',
  zone: (asked, used) => `La zona horaria «${asked}» no se reconoce aquí; se cuenta en ${used}.`,
  reached: (label) => `¡Hito alcanzado: ${label}!`,
  nowDays: (count) => `Ahora: ${count}.`,
};
