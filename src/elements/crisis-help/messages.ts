import type { Catalog } from '../../core/i18n/index.js';

export type CrisisMessages = {
  heading: string;
  intro: string;
  landmark: string;
  lifelineName: string;
  lifelineWhat: string;
  lifelineCall: string;
  lifelineText: string;
  lifelineChat: string;
  lifelineNote: string;
  caName: string;
  caWhat: string;
  caCall: string;
  caText: string;
  caChat: string;
  samhsaName: string;
  samhsaWhat: string;
  samhsaCall: string;
  samhsaTty: string;
  samhsaText: string;
  samhsaNote: string;
  emergency: string;
  emergencyCall: string;
  inlineLead: string;
  inlineOr: string;
};

export const crisisMessages: Catalog<CrisisMessages> = {
  en: {
    heading: 'Need help right now?',
    intro: 'Free, confidential support, 24 hours a day, 7 days a week.',
    landmark: 'Crisis help',
    lifelineName: '988 Suicide & Crisis Lifeline',
    lifelineWhat: 'For any mental health, substance use or suicidal crisis.',
    lifelineCall: 'Call 988',
    lifelineText: 'Text 988',
    lifelineChat: 'Chat with 988 online',
    lifelineNote: 'Press 1 for the Veterans Crisis Line, 2 for Spanish.',
    caName: '9-8-8 Suicide Crisis Helpline (Canada)',
    caWhat: 'For anyone in Canada thinking about suicide, or worried about someone.',
    caCall: 'Call 9-8-8',
    caText: 'Text 9-8-8',
    caChat: 'Visit 988.ca',
    samhsaName: 'SAMHSA National Helpline',
    samhsaWhat: 'Treatment referral and information for substance use and mental health, in English and Spanish.',
    samhsaCall: 'Call SAMHSA at 1-800-662-4357',
    samhsaTty: 'TTY 1-800-487-4889',
    samhsaText: 'Text your ZIP code to 435748',
    samhsaNote: 'Free, confidential, 24/7, 365 days a year.',
    emergency: 'In immediate danger?',
    emergencyCall: 'Call 911',
    inlineLead: 'Need help now?',
    inlineOr: 'or',
  },
  es: {
    heading: '¿Necesita ayuda ahora mismo?',
    intro: 'Apoyo gratuito y confidencial, las 24 horas del día, los 7 días de la semana.',
    landmark: 'Ayuda en crisis',
    lifelineName: '988 Línea de Prevención del Suicidio y Crisis',
    lifelineWhat: 'Para cualquier crisis de salud mental, de consumo de sustancias o suicida.',
    lifelineCall: 'Llamar al 988',
    lifelineText: 'Enviar un mensaje de texto al 988',
    lifelineChat: 'Chatear con 988 en línea',
    lifelineNote: 'Marque 2 para español y 1 para la Línea de Crisis para Veteranos.',
    caName: '9-8-8 Línea de Ayuda en Crisis de Suicidio (Canadá)',
    caWhat: 'Para cualquier persona en Canadá que piense en el suicidio o esté preocupada por alguien.',
    caCall: 'Llamar al 9-8-8',
    caText: 'Enviar un mensaje al 9-8-8',
    caChat: 'Visitar 988.ca',
    samhsaName: 'Línea Nacional de Ayuda de SAMHSA',
    samhsaWhat: 'Referencias a tratamiento e información sobre consumo de sustancias y salud mental, en inglés y español.',
    samhsaCall: 'Llamar a SAMHSA al 1-800-662-4357',
    samhsaTty: 'TTY 1-800-487-4889',
    samhsaText: 'Envíe su código postal al 435748',
    samhsaNote: 'Gratuita, confidencial, 24/7, los 365 días del año.',
    emergency: '¿En peligro inmediato?',
    emergencyCall: 'Llame al 911',
    inlineLead: '¿Necesita ayuda ahora?',
    inlineOr: 'o',
  },
};
