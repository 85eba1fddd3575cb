// Messages of the AGE.* rules.
// Texts side by side with values written in are functions, `{ nl: () => …, … }[lang]()`: only the
// reader's language is put together.
import type { CatalogueRuleId } from '../catalogue';
import { punctuation } from '../../i18n/format';
import type { Lang, Params, RuleMessages } from '../types';

const BASIS: Record<string, Record<Lang, string>> = {
  'marriage-belgian': {
    nl: 'een huwelijk met een Belgische partner',
    fr: 'un mariage avec un partenaire belge',
    en: 'a marriage with a Belgian partner',
  },
  'marriage-non-eu': {
    nl: 'een huwelijk met een partner die derdelander is',
    fr: 'un mariage avec un partenaire ressortissant d’un pays tiers',
    en: 'a marriage with a partner who is a non-EU national',
  },
  'marriage-eu': {
    nl: 'een huwelijk met een EU-burger (de bronnen noemen enkel Belgische partners en derdelanders; hier geldt het minimum voor een Belg, art. 40bis)',
    fr: 'un mariage avec un citoyen de l’UE (les sources ne citent que les partenaires belges et ressortissants de pays tiers ; le minimum appliqué est celui d’un Belge, art. 40bis)',
    en: 'a marriage with an EU citizen (the sources name only Belgian and non-EU partners; the minimum for a Belgian partner is applied, art. 40bis)',
  },
  'marriage-protection': {
    nl: 'een huwelijk met een partner met internationale bescherming (de bronnen noemen dit geval niet; hier geldt het minimum voor derdelanders, art. 10)',
    fr: 'un mariage avec un partenaire bénéficiaire d’une protection internationale (les sources ne citent pas ce cas ; le minimum appliqué est celui des ressortissants de pays tiers, art. 10)',
    en: 'a marriage with a partner who has international protection (the sources do not name this case; the non-EU minimum is applied, art. 10)',
  },
  'marriage-status-unknown': {
    nl: 'een huwelijk (het statuut van de partner is niet ingevuld; 21 als de partner derdelander is)',
    fr: 'un mariage (le statut du partenaire n’est pas indiqué ; 21 si le partenaire est ressortissant d’un pays tiers)',
    en: "a marriage (the partner's status is not given; 21 if the partner is a non-EU national)",
  },
  cohabitation: {
    nl: 'een wettelijke samenwoning',
    fr: 'une cohabitation légale',
    en: 'a legal cohabitation',
  },
  'cohabitation-lived-together': {
    nl: 'een wettelijke samenwoning na minstens een jaar samenwonen',
    fr: "une cohabitation légale après au moins un an de vie commune",
    en: 'a legal cohabitation after at least one year of living together',
  },
};

function basis(p: Params, lang: Lang): string {
  return BASIS[String(p.basis)]?.[lang] ?? '';
}

function lowerNote(p: Params, lang: Lang): string {
  if (typeof p.lowerWithCohabitation !== 'number') return '';
  const n = p.lowerWithCohabitation;
  return {
    nl: () => ` Het minimum is ${n} als jullie minstens een jaar vóór de aankomst in België samenwoonden; vermeld dat en voeg bewijzen toe.`,
    fr: () => ` Le minimum est de ${n} ans si vous avez vécu ensemble au moins un an avant l’arrivée en Belgique ; indiquez-le et joignez-en les preuves.`,
    en: () => ` The minimum is ${n} if you lived together for at least one year before the arrival in Belgium; say so and add proof.`,
  }[lang]();
}

export const AGE_MESSAGES = {
  'AGE.APPLICANT_MIN': {
    nl: (p, f) =>
      `De aanvrager is ${p.age} jaar op ${f.date(p.on)}; voor ${basis(p, 'nl')} moeten beide partners minstens ${p.min} jaar oud zijn. De aanvrager wordt ${p.min} op ${f.date(p.reachesOn)}: dien de aanvraag niet vóór die dag in.${lowerNote(p, 'nl')}`,
    fr: (p, f) =>
      `Le demandeur a ${p.age} ans le ${f.date(p.on)} ; pour ${basis(p, 'fr')}, les deux partenaires doivent avoir au moins ${p.min} ans. Le demandeur aura ${p.min} ans le ${f.date(p.reachesOn)} : n’introduisez pas la demande avant ce jour.${lowerNote(p, 'fr')}`,
    en: (p, f) =>
      `The applicant is ${p.age} on ${f.date(p.on)}; for ${basis(p, 'en')} both partners must be at least ${p.min}. The applicant turns ${p.min} on ${f.date(p.reachesOn)}: do not apply before that day.${lowerNote(p, 'en')}`,
  },
  'AGE.SPONSOR_MIN': {
    nl: (p, f) =>
      `De partner in België is ${p.age} jaar op ${f.date(p.on)}; voor ${basis(p, 'nl')} moeten beide partners minstens ${p.min} jaar oud zijn. De partner wordt ${p.min} op ${f.date(p.reachesOn)}: dien de aanvraag niet vóór die dag in.${lowerNote(p, 'nl')}`,
    fr: (p, f) =>
      `Le partenaire en Belgique a ${p.age} ans le ${f.date(p.on)} ; pour ${basis(p, 'fr')}, les deux partenaires doivent avoir au moins ${p.min} ans. Le partenaire aura ${p.min} ans le ${f.date(p.reachesOn)} : n’introduisez pas la demande avant ce jour.${lowerNote(p, 'fr')}`,
    en: (p, f) =>
      `The partner in Belgium is ${p.age} on ${f.date(p.on)}; for ${basis(p, 'en')} both partners must be at least ${p.min}. The partner turns ${p.min} on ${f.date(p.reachesOn)}: do not apply before that day.${lowerNote(p, 'en')}`,
  },
  'AGE.CHILD_MAX': {
    nl: (p, f) =>
      `${p.name} werd ${p.max} op ${f.date(p.turnedOn)}; op de aanvraagdatum (${f.date(p.on)}) kunnen enkel kinderen jonger dan ${p.max} meereizen. Een meerderjarig kind kan een eigen humanitair visum vragen; dat is een gunst, geen recht, en wordt geval per geval beoordeeld.`,
    fr: (p, f) =>
      `${p.name} a eu ${p.max} ans le ${f.date(p.turnedOn)} ; à la date de la demande (${f.date(p.on)}), seuls les enfants de moins de ${p.max} ans peuvent vous accompagner. Un enfant majeur peut demander son propre visa humanitaire ; c’est une faveur, pas un droit, examinée au cas par cas.`,
    en: (p, f) =>
      `${p.name} turned ${p.max} on ${f.date(p.turnedOn)}; on the application date (${f.date(p.on)}) only children under ${p.max} can travel along. An adult child can ask for a humanitarian visa of their own; it is a favour, not a right, assessed case by case.`,
  },
  'AGE.COHABITATION_EXCEPTION': {
    nl: (p, f) =>
      `Jullie verklaren dat jullie minstens een jaar vóór de aankomst samenwoonden: voor de wettelijke samenwoning geldt dan ${p.min} jaar in plaats van ${p.usual}${reaches(p, f, 'nl')}. Voeg bewijzen van dat jaar samenwonen toe.`,
    fr: (p, f) =>
      `Vous déclarez avoir vécu ensemble au moins un an avant l’arrivée : pour la cohabitation légale, l’âge minimum est alors de ${p.min} ans au lieu de ${p.usual}${reaches(p, f, 'fr')}. Joignez les preuves de cette année de vie commune.`,
    en: (p, f) =>
      `You state that you lived together for at least one year before arrival: for a legal cohabitation the minimum age is then ${p.min} instead of ${p.usual}${reaches(p, f, 'en')}. Add proof of that year of living together.`,
  },
} satisfies Partial<Record<CatalogueRuleId, RuleMessages>>;

function reaches(p: Params, f: { date(iso: unknown): string }, lang: Lang): string {
  const parts: string[] = [];
  const who = {
    applicant: { nl: 'de aanvrager wordt', fr: 'le demandeur aura', en: 'the applicant turns' }[lang],
    sponsor: { nl: 'de partner wordt', fr: 'le partenaire aura', en: 'the partner turns' }[lang],
  };
  const years = lang === 'fr' ? `${p.usual} ans` : String(p.usual);
  const on = { nl: 'op', fr: 'le', en: 'on' }[lang];
  if (p.applicantReachesUsual) parts.push(`${who.applicant} ${years} ${on} ${f.date(p.applicantReachesUsual)}`);
  if (p.sponsorReachesUsual) parts.push(`${who.sponsor} ${years} ${on} ${f.date(p.sponsorReachesUsual)}`);
  return parts.length ? ` (${parts.join(`${punctuation(';', lang)} `)})` : '';
}
