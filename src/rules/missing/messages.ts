// The generic message of `MISSING.<field>`: names the field path and the rule that needs it.
import type { Lang, Params, MessageFn } from '../types';

const TEXT: Record<Lang, (field: string, rule: string) => string> = {
  nl: (field, rule) => `Ontbreekt in het dossier: ${field}${rule ? ` (nodig voor de controle ${rule})` : ''}.`,
  fr: (field, rule) => `Donnée manquante dans le dossier : ${field}${rule ? ` (nécessaire pour la vérification ${rule})` : ''}.`,
  en: (field, rule) => `Missing from the file: ${field}${rule ? ` (needed to check ${rule})` : ''}.`,
};

/** `field` defaults to the path in the rule ID (`MISSING.applicant.birthDate` → `applicant.birthDate`). */
export function missingMessage(rule: string, lang: Lang): MessageFn {
  return (p: Params) => {
    const field = typeof p.field === 'string' ? p.field : rule.slice('MISSING.'.length);
    const neededBy = typeof p.neededBy === 'string' ? p.neededBy : '';
    return TEXT[lang](field, neededBy);
  };
}
