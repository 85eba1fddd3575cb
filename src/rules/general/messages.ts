// Messages of INFO.* and PARAM.STALE.
// Texts side by side with values written in are functions, `{ nl: () => …, … }[lang]()`: only the
// reader's language is put together.
import type { Lang, Params, RuleMessages } from '../types';
import type { Formatter } from '../../i18n/format';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');

/** Names of the yearly-indexed parameters a stale lookup or a user's value can concern. */
export const PARAMETER_NAMES: Record<string, Record<Lang, string>> = {
  'fee.article9': { nl: 'Retributie voor een visum D huwelijk/samenwoning of een humanitair visum', fr: 'Redevance pour un visa D mariage/cohabitation ou un visa humanitaire', en: 'Administrative fee for a marriage/cohabitation visa D or a humanitarian visa' },
  'fee.familyReunification': { nl: 'Retributie gezinshereniging', fr: 'Redevance regroupement familial', en: 'Family-reunification fee' },
  'income.reference120Leefloon': { nl: 'Referentiebedrag bestaansmiddelen, 120 % van het leefloon', fr: 'Montant de référence des moyens de subsistance, 120 % du revenu d’intégration', en: 'Income reference amount, 120 % of the leefloon' },
  'income.reference110Ggmmi': { nl: 'Referentiebedrag bestaansmiddelen, 110 % van het gewaarborgd gemiddeld minimum maandinkomen', fr: 'Montant de référence des moyens de subsistance, 110 % du revenu minimum mensuel moyen garanti', en: 'Income reference amount, 110 % of the guaranteed average minimum monthly income' },
  'income.supplementPerPerson': { nl: 'Toeslag per bijkomende persoon (10 % van het gewaarborgd gemiddeld minimum maandinkomen)', fr: 'Supplément par personne supplémentaire (10 % du revenu minimum mensuel moyen garanti)', en: 'Supplement per additional person (10 % of the guaranteed average minimum monthly income)' },
  'income.supplementPerPersonOtherReading': { nl: 'Toeslag per bijkomende persoon, andere lezing (10 % van het bedrag van 110 %)', fr: 'Supplément par personne supplémentaire, autre lecture (10 % du montant de 110 %)', en: 'Supplement per additional person, other reading (10 % of the 110 % amount)' },
};

function staleMessage(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const name = PARAMETER_NAMES[str(p.parameter)]?.[lang] ?? str(p.parameter);
    const value = typeof p.value === 'number' ? ` (${f.euro(p.value)})` : '';
    const since = f.date(p.since);
    const year = str(p.year);
    return {
      nl: () => `${name}${value}: laatst bekende waarde, sinds ${since}; het bedrag voor ${year} staat niet in de regelgegevens — controleer het huidige bedrag en leg het vast bij de nagekeken bedragen.`,
      fr: () => `${name}${value} : dernière valeur connue, depuis le ${since} ; le montant de ${year} ne figure pas dans les données — vérifiez le montant actuel et enregistrez-le dans les montants vérifiés.`,
      en: () => `${name}${value}: last known value, from ${since}; the ${year} amount is not in the rule data — verify the current amount and record it under verified amounts.`,
    }[lang]();
  };
}

function userValueMessage(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const name = PARAMETER_NAMES[str(p.parameter)]?.[lang] ?? str(p.parameter);
    const value = f.euro(p.value);
    const since = f.date(p.since);
    const source = str(p.source);
    const checked = f.date(p.checkedOn);
    if (p.superseded === true) {
      return {
        nl: () => `${name}: je eigen waarde ${value} (vanaf ${since}, bron: ${source}, nagekeken op ${checked}) is vervangen door de meegeleverde waarde ${f.euro(p.shippedValue)} vanaf ${f.date(p.shippedSince)}, die hier geldt. Je kunt je waarde verwijderen in de instellingen.`,
        fr: () => `${name} : votre valeur ${value} (à partir du ${since}, source : ${source}, vérifiée le ${checked}) est remplacée par la valeur fournie avec l’extension, ${f.euro(p.shippedValue)} à partir du ${f.date(p.shippedSince)}, qui s’applique ici. Vous pouvez supprimer votre valeur dans les paramètres.`,
        en: () => `${name}: your own value ${value} (from ${since}, source: ${source}, checked on ${checked}) is superseded by the shipped value ${f.euro(p.shippedValue)} from ${f.date(p.shippedSince)}, which applies here. You can remove your value in the settings.`,
      }[lang]();
    }
    return {
      nl: () => `${name}: ${value} is de waarde die je zelf hebt nagekeken, vanaf ${since} (bron: ${source}, nagekeken op ${checked}); ze staat niet in de meegeleverde regelgegevens.`,
      fr: () => `${name} : ${value} est la valeur que vous avez vérifiée vous-même, à partir du ${since} (source : ${source}, vérifiée le ${checked}) ; elle ne figure pas dans les données fournies avec l’extension.`,
      en: () => `${name}: ${value} is the value you verified yourself, from ${since} (source: ${source}, checked on ${checked}); it is not part of the shipped rule data.`,
    }[lang]();
  };
}

export const generalMessages = {
  'INFO.EU_PARTNER_ROUTE': {
    nl: () =>
      'De partner in België is EU-burger: in plaats van dit visum D kan je ook een binnenkomstvisum aanvragen op basis van richtlijn 2004/38/EG, als je aantoont dat je de partner bent in de zin van artikel 47/1 van de wet van 15 december 1980.',
    fr: () =>
      'Le partenaire en Belgique est citoyen de l’UE : au lieu de ce visa D, vous pouvez aussi demander un visa d’entrée sur la base de la directive 2004/38/CE, en prouvant que vous êtes le partenaire au sens de l’article 47/1 de la loi du 15 décembre 1980.',
    en: () =>
      'The partner in Belgium is an EU citizen: instead of this visa D you can also ask for an entry visa under Directive 2004/38/EC, by showing that you are the partner within the meaning of article 47/1 of the law of 15 December 1980.',
  },
  'INFO.IMPEDIMENTS': {
    nl: () =>
      'Geen van beide partners mag een duurzame relatie met iemand anders hebben, tussen jullie mag geen verboden familieband bestaan (Burgerlijk Wetboek art. 161–163) en de ambtenaar van de burgerlijke stand mag niet geweigerd hebben (art. 167).',
    fr: () =>
      'Aucun des deux partenaires ne peut entretenir une relation durable avec une autre personne, il ne peut exister entre vous aucun lien de parenté interdit (Code civil, art. 161 à 163) et il ne peut y avoir de refus de l’officier de l’état civil (art. 167).',
    en: () =>
      'Neither partner may have a lasting relationship with someone else or a forbidden family tie (Civil Code art. 161–163), and there may be no refusal by the civil registrar (art. 167).',
  },
  'PARAM.STALE': { nl: staleMessage('nl'), fr: staleMessage('fr'), en: staleMessage('en') },
  'PARAM.USER_VALUE': { nl: userValueMessage('nl'), fr: userValueMessage('fr'), en: userValueMessage('en') },
} satisfies Record<string, RuleMessages>;
