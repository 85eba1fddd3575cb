// Messages of the means rules (MEANS.*) and of the partner's health insurance (INS.SPONSOR_HEALTH).
// Texts side by side with values written in are functions, `{ nl: () => …, … }[lang]()`: only the
// reader's language is put together.
import type { Lang, Params } from '../../rules/types';
import type { Formatter } from '../format';
import type { RuleMessages } from './types';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');

const INCOME_KINDS: Record<string, Record<Lang, string>> = {
  'employment-permanent': { nl: 'Loon uit een vaste arbeidsovereenkomst', fr: 'Salaire d’un contrat à durée indéterminée', en: 'Pay from permanent employment' },
  'employment-temporary': { nl: 'Loon uit een tijdelijke arbeidsovereenkomst', fr: 'Salaire d’un contrat de travail temporaire', en: 'Pay from a temporary employment contract' },
  interim: { nl: 'Interimarbeid', fr: 'Travail intérimaire', en: 'Interim work' },
  'article-60': { nl: 'Een ‘artikel 60’-tewerkstelling', fr: 'Un emploi « article 60 »', en: 'An ‘article 60’ employment' },
  'self-employed': { nl: 'Inkomen als zelfstandige', fr: 'Revenu d’indépendant', en: 'Self-employed income' },
  pension: { nl: 'Pensioen', fr: 'Pension', en: 'Pension' },
  unemployment: { nl: 'Werkloosheidsuitkering', fr: 'Allocation de chômage', en: 'Unemployment benefit' },
  'unemployment-job-seeking': { nl: 'Werkloosheidsuitkering met bewijs van actief zoeken naar werk', fr: 'Allocation de chômage avec preuve de recherche active d’emploi', en: 'Unemployment benefit with proof of active job search' },
  leefloon: { nl: 'Leefloon', fr: 'Revenu d’intégration', en: 'Leefloon (integration income)' },
  'social-assistance': { nl: 'Maatschappelijke dienstverlening', fr: 'Aide sociale', en: 'Social assistance' },
  'family-allowance': { nl: 'Gezinsbijslag', fr: 'Allocations familiales', en: 'Family allowance' },
  'waiting-allowance': { nl: 'Wachtuitkering', fr: 'Allocation d’attente', en: 'Waiting allowance' },
  'bridging-allowance': { nl: 'Overbruggingsuitkering', fr: 'Droit passerelle', en: 'Bridging allowance' },
  rental: { nl: 'Netto huurinkomsten', fr: 'Revenus locatifs nets', en: 'Net rental income' },
  other: { nl: 'Ander inkomen', fr: 'Autre revenu', en: 'Other income' },
};

const kindName = (p: Params, lang: Lang): string => INCOME_KINDS[str(p.kind)]?.[lang] ?? str(p.kind);

/** How the reference amount was reached, in brackets after it. */
function basisText(p: Params, f: Formatter): string {
  const lang = f.lang;
  if (p.basis === 'gmmmi110') {
    const n = typeof p.additionalPersons === 'number' ? p.additionalPersons : 0;
    const extra = n > 0 ? { nl: () => ` plus ${n} × ${f.euro(p.perAdditionalPerson)} voor bijkomende personen`, fr: () => ` plus ${n} × ${f.euro(p.perAdditionalPerson)} pour les personnes supplémentaires`, en: () => ` plus ${n} × ${f.euro(p.perAdditionalPerson)} for additional persons` }[lang]() : '';
    return {
      nl: () => `110 % van het gewaarborgd gemiddeld minimum maandinkomen: ${f.euro(p.base)}${extra}, wet van 18 juli 2025, van kracht sinds ${f.date(p.since)}`,
      fr: () => `110 % du revenu minimum mensuel moyen garanti : ${f.euro(p.base)}${extra}, loi du 18 juillet 2025, en vigueur depuis le ${f.date(p.since)}`,
      en: () => `110 % of the guaranteed average minimum monthly income: ${f.euro(p.base)}${extra}, law of 18 July 2025, in force since ${f.date(p.since)}`,
    }[lang]();
  }
  if (p.unconfirmed === true) {
    return {
      nl: () => `120 % van het leefloon, sinds ${f.date(p.since)}; het bedrag voor een Belgische of EU-partner na de hervorming van ${f.date(p.reformDate)} is niet bevestigd`,
      fr: () => `120 % du revenu d’intégration, depuis le ${f.date(p.since)} ; le montant pour un partenaire belge ou de l’UE après la réforme du ${f.date(p.reformDate)} n’est pas confirmé`,
      en: () => `120 % of the leefloon, since ${f.date(p.since)}; the amount for a Belgian or EU partner after the reform of ${f.date(p.reformDate)} is not confirmed`,
    }[lang]();
  }
  return {
    nl: () => `120 % van het leefloon, categorie persoon met gezin ten laste, sinds ${f.date(p.since)}`,
    fr: () => `120 % du revenu d’intégration, catégorie personne avec famille à charge, depuis le ${f.date(p.since)}`,
    en: () => `120 % of the leefloon, category person with a family to support, since ${f.date(p.since)}`,
  }[lang]();
}

function belowReference(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const counted = f.euro(p.counted);
    const reference = f.euro(p.reference);
    const basis = basisText(p, f);
    return {
      nl: () => `Het meegetelde netto-inkomen van ${counted} per maand ligt onder het referentiebedrag van ${reference} (${basis}). Dat is geen automatische weigering: DVZ moet eerst een behoefteanalyse maken, dus voeg een gedetailleerd overzicht van de maandelijkse inkomsten en uitgaven van het gezin toe.`,
      fr: () => `Le revenu net pris en compte de ${counted} par mois est inférieur au montant de référence de ${reference} (${basis}). Ce n’est pas un refus automatique : l’OE doit d’abord faire une analyse des besoins ; joignez un aperçu détaillé des revenus et dépenses mensuels du ménage.`,
      en: () => `Counted net income of ${counted} a month is below the reference amount of ${reference} (${basis}). This is not an automatic refusal: DVZ must first make a needs analysis, so add a detailed overview of the household’s monthly income and expenses.`,
    }[lang]();
  };
}

function excluded(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const kind = kindName(p, lang);
    const amount = f.euro(p.amount);
    if (p.kind === 'unemployment') {
      return {
        nl: () => `${kind} (${amount} per maand) telt alleen mee als de partner bewijst dat hij of zij actief werk zoekt (of daarvan vrijgesteld is, art. 89 en 98bis KB werkloosheid van 25 november 1991); zonder dat bewijs telt ze niet mee.`,
        fr: () => `${kind} (${amount} par mois) ne compte que si le partenaire prouve qu’il cherche activement du travail (ou en est dispensé, art. 89 et 98bis de l’AR chômage du 25 novembre 1991) ; sans cette preuve, elle n’est pas prise en compte.`,
        en: () => `${kind} (${amount} a month) counts only if the partner proves an active search for work (or an exemption from it, art. 89 and 98bis of the Royal Decree on unemployment of 25 November 1991); without that proof it is not counted.`,
      }[lang]();
    }
    return {
      nl: () => `${kind} (${amount} per maand) is volgens de Verblijfswet uitgesloten en telt niet mee voor de bestaansmiddelen van de partner.`,
      fr: () => `${kind} (${amount} par mois) est exclu(e) par la loi sur le séjour et ne compte pas dans les moyens de subsistance du partenaire.`,
      en: () => `${kind} (${amount} a month) is excluded by the Residence Act and does not count towards the partner’s means.`,
    }[lang]();
  };
}

function unstable(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const kind = kindName(p, lang);
    const amount = f.euro(p.amount);
    if (p.kind === 'interim' && typeof p.stableFrom === 'string') {
      return {
        nl: () => `${kind} sinds ${f.date(p.since)} (${amount} per maand) duurt op ${f.date(p.on)} nog geen ononderbroken jaar (dat is pas op ${f.date(p.stableFrom)}): DVZ weigert zulke inkomsten vaak als niet stabiel.`,
        fr: () => `${kind} depuis le ${f.date(p.since)} (${amount} par mois) ne dure pas encore un an sans interruption le ${f.date(p.on)} (ce sera le cas le ${f.date(p.stableFrom)}) : l’OE refuse souvent ces revenus comme non stables.`,
        en: () => `${kind} since ${f.date(p.since)} (${amount} a month) has not lasted one uninterrupted year on ${f.date(p.on)} (it will on ${f.date(p.stableFrom)}): DVZ often refuses such income as not stable.`,
      }[lang]();
    }
    if (p.kind === 'interim') {
      return {
        nl: () => `${kind} (${amount} per maand) zonder begindatum: DVZ weigert interiminkomsten vaak, tenzij na minstens één jaar ononderbroken tewerkstelling; vermeld de begindatum en bewijs de duur.`,
        fr: () => `${kind} (${amount} par mois) sans date de début : l’OE refuse souvent ces revenus, sauf après au moins un an d’occupation ininterrompue ; indiquez la date de début et prouvez la durée.`,
        en: () => `${kind} (${amount} a month) with no start date: DVZ often refuses interim income unless it has lasted one uninterrupted year; give the start date and prove the duration.`,
      }[lang]();
    }
    return {
      nl: () => `${kind} (${amount} per maand): DVZ weigert zulke inkomsten vaak als niet stabiel en regelmatig. Ze worden hier meegeteld, maar het dossier loopt een risico.`,
      fr: () => `${kind} (${amount} par mois) : l’OE refuse souvent ces revenus comme non stables et réguliers. Ils sont comptés ici, mais le dossier court un risque.`,
      en: () => `${kind} (${amount} a month): DVZ often refuses such income as not stable and regular. It is counted here, but the file is at risk.`,
    }[lang]();
  };
}

export const meansMessages = {
  'MEANS.BELOW_REFERENCE': { nl: belowReference('nl'), fr: belowReference('fr'), en: belowReference('en') },
  'MEANS.EXCLUDED_INCOME': { nl: excluded('nl'), fr: excluded('fr'), en: excluded('en') },
  'MEANS.UNSTABLE_INCOME': { nl: unstable('nl'), fr: unstable('fr'), en: unstable('en') },
  'MEANS.SHORT_EVIDENCE': {
    nl: (p) => `De bewijzen van inkomsten dekken ${str(p.months)} maanden; DVZ vraagt bij voorkeur bewijzen van de laatste ${str(p.wanted)} maanden.`,
    fr: (p) => `Les preuves de revenus couvrent ${str(p.months)} mois ; l’OE demande de préférence les preuves des ${str(p.wanted)} derniers mois.`,
    en: (p) => `Income evidence covers ${str(p.months)} months; DVZ prefers proof of the last ${str(p.wanted)} months.`,
  },
  'MEANS.OTHERS_INCOME': {
    nl: () => 'Er werden inkomsten van de aanvrager of van derden opgegeven: DVZ houdt alleen rekening met de eigen bestaansmiddelen van de partner in België.',
    fr: () => 'Des revenus du demandeur ou de tiers ont été indiqués : l’OE ne tient compte que des moyens propres du partenaire en Belgique.',
    en: () => 'Income of the applicant or of third parties was given: DVZ counts only the partner’s own means.',
  },
  'INS.SPONSOR_HEALTH': {
    nl: () => 'De partner in België is niet verzekerd tegen ziektekosten: een aansluitingsattest van het ziekenfonds is vereist.',
    fr: () => 'Le partenaire en Belgique n’est pas assuré contre les frais médicaux : une attestation d’affiliation à une mutualité est exigée.',
    en: () => 'The partner in Belgium has no health insurance: a certificate of membership from a mutuality (ziekenfonds) is required.',
  },
} satisfies Record<string, RuleMessages>;
