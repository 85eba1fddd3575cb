// The languages the product speaks.
export type Lang = 'nl' | 'fr' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];
