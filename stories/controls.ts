/** The controls every story shares: the language and the colour theme. */
export type Theme = 'light' | 'dark' | 'auto';
export const langArgType = { control: 'inline-radio', options: ['en', 'es'] } as const;
export const themeArgType = { control: 'inline-radio', options: ['light', 'dark', 'auto'] } as const;
