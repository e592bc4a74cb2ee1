import type { Catalog } from '../../core/i18n/index.js';

/**
 * Counter texts. Functions that take `n` get the number for the plural choice and `s` the
 * number already formatted for the locale ("1,234" / "1234"). English and Spanish both use
 * the singular for exactly 1 only.
 */
export type CounterMessages = {
  days: (n: number, s: string) => string;
  dayWord: (n: number) => string;
  years: (n: number, s: string) => string;
  months: (n: number, s: string) => string;
  hours: (n: number, s: string) => string;
  minutes: (n: number, s: string) => string;
  until: (n: number, count: string, label: string) => string;
  today: (label: string) => string;
  startsIn: (n: number, count: string) => string;
  startsOn: (date: string) => string;
  money: (amount: string) => string;
  time: (span: string) => string;
  invalid: (input: string) => string;
  noDate: string;
  zone: (asked: string, used: string) => string;
  inputLabel: string;
  inputHint: string;
  badInput: string;
  badYear: string;
  remember: string;
  forget: string;
  forgotten: string;
  newStart: string;
  newStartNote: string;
  undo: string;
  reached: (label: string) => string;
  nowDays: (count: string) => string;
};

export const counterMessages: Catalog<CounterMessages> = {
  en: {
    days: (n, s) => `${s} ${n === 1 ? 'day' : 'days'}`,
    dayWord: (n) => (n === 1 ? 'day' : 'days'),
    years: (n, s) => `${s} ${n === 1 ? 'year' : 'years'}`,
    months: (n, s) => `${s} ${n === 1 ? 'month' : 'months'}`,
    hours: (n, s) => `${s} ${n === 1 ? 'hour' : 'hours'}`,
    minutes: (n, s) => `${s} ${n === 1 ? 'minute' : 'minutes'}`,
    until: (_n, count, label) => `${count} until ${label}`,
    today: (label) => `Today: ${label}!`,
    startsIn: (n, count) => (n ? `Starts in ${count}` : 'Starts later today'),
    startsOn: (date) => `Start date: ${date}`,
    money: (amount) => `${amount} saved`,
    time: (span) => `${span} of time back`,
    invalid: (input) => `“${input}” is not a date we can read. Use the form YYYY-MM-DD, for example 2024-03-01.`,
    noDate: 'No start date yet.',
    zone: (asked, used) => `Time zone “${asked}” is not known here; counting in ${used}.`,
    inputLabel: 'Your sobriety date',
    inputHint: 'It stays on this device. Nothing is sent anywhere.',
    badInput: 'Enter a complete date: month, day and year.',
    badYear: 'Check the year: it should be 1900 or later.',
    remember: 'Remember on this device',
    forget: 'Forget this date',
    forgotten: 'The date was removed from this device.',
    newStart: 'A new start',
    newStartNote: 'Ready for a new start. Enter the date whenever you are ready.',
    undo: 'Undo',
    reached: (label) => `Milestone reached: ${label}!`,
    nowDays: (count) => `Now ${count}.`,
  },
  es: {
    days: (n, s) => `${s} ${n === 1 ? 'día' : 'días'}`,
    dayWord: (n) => (n === 1 ? 'día' : 'días'),
    years: (n, s) => `${s} ${n === 1 ? 'año' : 'años'}`,
    months: (n, s) => `${s} ${n === 1 ? 'mes' : 'meses'}`,
    hours: (n, s) => `${s} ${n === 1 ? 'hora' : 'horas'}`,
    minutes: (n, s) => `${s} ${n === 1 ? 'minuto' : 'minutos'}`,
    until: (n, count, label) => `${n === 1 ? 'Falta' : 'Faltan'} ${count} para ${label}`,
    today: (label) => `¡Hoy: ${label}!`,
    startsIn: (n, count) => (n ? `Empieza en ${count}` : 'Empieza hoy más tarde'),
    startsOn: (date) => `Fecha de inicio: ${date}`,
    money: (amount) => `${amount} ahorrados`,
    time: (span) => `${span} de tiempo recuperado`,
    invalid: (input) => `«${input}» no es una fecha válida. Use el formato AAAA-MM-DD, por ejemplo 2024-03-01.`,
    noDate: 'Todavía no hay fecha de inicio.',
    zone: (asked, used) => `La zona horaria «${asked}» no se reconoce aquí; se cuenta en ${used}.`,
    inputLabel: 'Su fecha de sobriedad',
    inputHint: 'Se queda en este dispositivo. No se envía a ningún lugar.',
    badInput: 'Escriba una fecha completa: día, mes y año.',
    badYear: 'Revise el año: debe ser 1900 o posterior.',
    remember: 'Recordar en este dispositivo',
    forget: 'Olvidar esta fecha',
    forgotten: 'La fecha se borró de este dispositivo.',
    newStart: 'Un nuevo comienzo',
    newStartNote: 'Listo para un nuevo comienzo. Escriba la fecha cuando quiera.',
    undo: 'Deshacer',
    reached: (label) => `¡Hito alcanzado: ${label}!`,
    nowDays: (count) => `Ahora: ${count}.`,
  },
};
