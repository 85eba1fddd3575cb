// Messages of the means rules (MEANS.*) and of the partner's health insurance (INS.SPONSOR_HEALTH).
// Texts side by side with values written in are functions, `{ nl: () => …, … }[lang]()`: only the
// reader's language is put together.
import type { Lang, Params, RuleMessages } from '../types';
import type { Formatter } from '../../i18n/format';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');

const INCOME_KINDS: Record<string, Record<Lang, string>> = {
  'employment-permanent': { nl: 'Loon uit een vaste arbeidsovereenkomst', fr: 'Salaire d’un contrat à durée indéterminée', en: 'Pay from permanent employment' },
  'employment-temporary': { nl: 'Loon uit een tijdelijke arbeidsovereenkomst', fr: 'Salaire d’un contrat à durée déterminée', en: 'Pay from a temporary employment contract' },
  interim: { nl: 'Interimarbeid', fr: 'Travail intérimaire', en: 'Interim work' },
  'article-60': { nl: 'Een ‘artikel 60’-tewerkstelling', fr: 'Un emploi « article 60 »', en: 'An ‘article 60’ employment' },
  'self-employed': { nl: 'Inkomen als zelfstandige', fr: 'Revenu d’indépendant', en: 'Self-employed income' },
  pension: { nl: 'Pensioen', fr: 'Pension', en: 'Pension' },
  unemployment: { nl: 'Werkloosheidsuitkering', fr: 'Allocation de chômage', en: 'Unemployment benefit' },
  'unemployment-job-seeking': { nl: 'Werkloosheidsuitkering met bewijs van actief zoeken naar werk', fr: 'Allocation de chômage avec preuve de recherche active d’emploi', en: 'Unemployment benefit with proof of active job search' },
  leefloon: { nl: 'Leefloon', fr: 'Revenu d’intégration', en: 'Leefloon (integration income)' },
  'social-assistance': { nl: 'Maatschappelijke dienstverlening', fr: 'Aide sociale', en: 'Social assistance' },
  'family-allowance': { nl: 'Gezinsbijslag', fr: 'Allocations familiales', en: 'Family allowance' },
  'waiting-allowance': { nl: 'Wachtuitkering', fr: 'Allocation d’attente', en: 'Waiting allowance' },
  'bridging-allowance': { nl: 'Overbruggingsuitkering', fr: 'Allocation de transition', en: 'Bridging allowance' },
  rental: { nl: 'Netto huurinkomsten', fr: 'Revenus locatifs nets', en: 'Net rental income' },
  other: { nl: 'Ander inkomen', fr: 'Autre revenu', en: 'Other income' },
};

const kindName = (p: Params, lang: Lang): string => INCOME_KINDS[str(p.kind)]?.[lang] ?? str(p.kind);

/** "exclu", "exclue", "exclus" or "exclues", agreeing with the French name of the income kind. */
const FR_EXCLUDED: Record<string, string> = {
  interim: 'exclu',
  'article-60': 'exclu',
  'self-employed': 'exclu',
  pension: 'exclue',
  unemployment: 'exclue',
  'unemployment-job-seeking': 'exclue',
  leefloon: 'exclu',
  'social-assistance': 'exclue',
  'family-allowance': 'exclues',
  'waiting-allowance': 'exclue',
  'bridging-allowance': 'exclue',
  rental: 'exclus',
};

/** "est exclu(e)" or "sont exclu(e)s" in French, by the kind's gender and number. */
const frExcluded = (kind: unknown): string => {
  const word = FR_EXCLUDED[str(kind)] ?? 'exclu';
  return `${word.endsWith('s') ? 'sont' : 'est'} ${word}`;
};

/** How the reference amount was reached, in brackets after it. */
function basisText(p: Params, f: Formatter): string {
  const lang = f.lang;
  if (p.basis === 'ggmmi110') {
    const n = typeof p.additionalPersons === 'number' ? p.additionalPersons : 0;
    const extra = n > 0 ? { nl: () => ` plus ${n} × ${f.euro(p.perAdditionalPerson)} voor bijkomende personen`, fr: () => ` plus ${n} × ${f.euro(p.perAdditionalPerson)} pour les personnes supplémentaires`, en: () => ` plus ${n} × ${f.euro(p.perAdditionalPerson)} for additional persons` }[lang]() : '';
    return {
      nl: () => `110 % van het gewaarborgd gemiddeld minimum maandinkomen: ${f.euro(p.base)}${extra}, wet van 18 juli 2025`,
      fr: () => `110 % du revenu minimum mensuel moyen garanti : ${f.euro(p.base)}${extra}, loi du 18 juillet 2025`,
      en: () => `110 % of the guaranteed average minimum monthly income: ${f.euro(p.base)}${extra}, law of 18 July 2025`,
    }[lang]();
  }
  return {
    nl: () => `120 % van het leefloon, categorie persoon met gezin ten laste, bedrag geldig sinds ${f.date(p.since)}`,
    fr: () => `120 % du revenu d’intégration, catégorie personne avec famille à charge, montant en vigueur depuis le ${f.date(p.since)}`,
    en: () => `120 % of the leefloon, category person with a family to support, amount since ${f.date(p.since)}`,
  }[lang]();
}

/** Why this row of the transition applies (parameters.md, "Which income rule applies"). */
function rowReason(p: Params, f: Formatter): string {
  const lang = f.lang;
  const start = f.date(p.reformStart);
  const end = f.date(p.transitionEnd);
  switch (p.row) {
    case 'before-reform':
      return {
        nl: () => `de aanvraag dateert van voor ${start}, toen de wet van 18 juli 2025 in werking trad`,
        fr: () => `la demande est antérieure au ${start}, date d’entrée en vigueur de la loi du 18 juillet 2025`,
        en: () => `the application is dated before ${start}, when the law of 18 July 2025 took effect`,
      }[lang]();
    case 'belgian':
      return p.status === 'eu'
        ? {
            nl: () => `voor aanvragen van voor ${end} geldt voor een Belgische partner nog de oude regel; de bronnen noemen de EU-partner niet, hij wordt hier als een Belgische partner behandeld`,
            fr: () => `pour les demandes introduites avant le ${end}, l’ancienne règle reste applicable à un partenaire belge ; les sources ne citent pas le partenaire citoyen de l’UE, traité ici comme un partenaire belge`,
            en: () => `applications filed before ${end} with a Belgian partner keep the old rule; the sources do not name an EU partner, treated here like a Belgian partner`,
          }[lang]()
        : {
            nl: () => `voor aanvragen van voor ${end} geldt voor een Belgische partner nog de oude regel (overgangsregeling)`,
            fr: () => `pour les demandes introduites avant le ${end}, l’ancienne règle reste applicable à un partenaire belge (régime transitoire)`,
            en: () => `applications filed before ${end} with a Belgian partner keep the old rule (transition)`,
          }[lang]();
    case 'residence-before':
      return {
        nl: () => `de partner heeft het verblijfsrecht sinds ${f.date(p.residenceSince)}, van voor ${start}: de oude regel blijft gelden voor aanvragen van voor ${end}`,
        fr: () => `le partenaire a son droit de séjour depuis le ${f.date(p.residenceSince)}, avant le ${start} : l’ancienne règle reste applicable aux demandes introduites avant le ${end}`,
        en: () => `the partner has held the residence right since ${f.date(p.residenceSince)}, before ${start}: the old rule stays for applications filed before ${end}`,
      }[lang]();
    case 'residence-after':
      return {
        nl: () => `de partner heeft het verblijfsrecht sinds ${f.date(p.residenceSince)}, vanaf ${start}: de nieuwe regel geldt`,
        fr: () => `le partenaire a son droit de séjour depuis le ${f.date(p.residenceSince)}, à partir du ${start} : la nouvelle règle s’applique`,
        en: () => `the partner has held the residence right since ${f.date(p.residenceSince)}, from ${start} on: the new rule applies`,
      }[lang]();
    case 'residence-unknown':
      return {
        nl: () => `het dossier vermeldt niet sinds wanneer de partner het verblijfsrecht heeft; van voor ${start} zou de oude regel gelden (${f.euro(p.oldAmount)}), vanaf ${start} de nieuwe; hier wordt de nieuwe toegepast: vul die datum in`,
        fr: () => `le dossier n’indique pas depuis quand le partenaire a son droit de séjour ; s’il date d’avant le ${start}, l’ancienne règle s’applique (${f.euro(p.oldAmount)}), sinon la nouvelle ; c’est la nouvelle qui est appliquée ici : indiquez cette date`,
        en: () => `the file does not say since when the partner has held the residence right; from before ${start} the old rule would apply (${f.euro(p.oldAmount)}), from ${start} the new one; the new rule is applied here: add that date`,
      }[lang]();
    default:
      return {
        nl: () => `de aanvraag dateert van na de overgangsperiode (vanaf ${end}): de nieuwe regel geldt voor elke partner`,
        fr: () => `la demande est introduite après la période transitoire (à partir du ${end}) : la nouvelle règle s’applique à tout partenaire`,
        en: () => `the application is filed after the transition (from ${end}): the new rule applies to every partner`,
      }[lang]();
  }
}

function referenceRule(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const reference = f.euro(p.reference);
    const basis = basisText(p, f);
    const why = rowReason(p, f);
    return {
      nl: () => `Referentiebedrag voor de bestaansmiddelen: ${reference} netto per maand (${basis}). Waarom deze regel: ${why}.`,
      fr: () => `Montant de référence des moyens de subsistance : ${reference} nets par mois (${basis}). Pourquoi cette règle : ${why}.`,
      en: () => `Reference amount for the means: ${reference} net a month (${basis}). Why this rule: ${why}.`,
    }[lang]();
  };
}

function reformUncertain(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const counted = f.euro(p.counted);
    const low = f.euro(p.low);
    const high = f.euro(p.high);
    if (p.between === 'rules') {
      return {
        nl: () => `Het meegetelde inkomen van ${counted} per maand haalt ${low} maar niet ${high}: het ene bedrag volgt uit de oude regel, het andere uit de nieuwe, en welke geldt hangt af van de datum waarop de partner het verblijfsrecht kreeg. Vul die datum in.`,
        fr: () => `Le revenu pris en compte de ${counted} par mois atteint ${low} mais pas ${high} : l’un de ces montants découle de l’ancienne règle, l’autre de la nouvelle, et la règle applicable dépend de la date à laquelle le partenaire a obtenu son droit de séjour. Indiquez cette date.`,
        en: () => `The counted income of ${counted} a month reaches ${low} but not ${high}: one amount follows from the old rule, the other from the new one, and which applies depends on the day the partner got the residence right. Add that date.`,
      }[lang]();
    }
    const n = typeof p.additionalPersons === 'number' ? p.additionalPersons : 0;
    return {
      nl: () => `Het meegetelde inkomen van ${counted} per maand haalt het referentiebedrag als de toeslag 10 % van het gewaarborgd gemiddeld minimum maandinkomen is (${low}, ${n} × ${f.euro(p.perAdditionalPerson)}, de lezing van het gepubliceerde voorbeeld), maar niet als de toeslag 10 % van het bedrag van 110 % is (${high}). De tekst beslecht dat niet: voeg een overzicht van de maandelijkse inkomsten en uitgaven toe.`,
      fr: () => `Le revenu pris en compte de ${counted} par mois atteint le montant de référence si le supplément vaut 10 % du revenu minimum mensuel moyen garanti (${low}, ${n} × ${f.euro(p.perAdditionalPerson)}, la lecture de l’exemple publié), mais pas s’il vaut 10 % du montant de 110 % (${high}). Le texte ne tranche pas : joignez un aperçu des revenus et dépenses mensuels.`,
      en: () => `The counted income of ${counted} a month reaches the reference amount if the supplement is 10 % of the guaranteed minimum monthly income (${low}, ${n} × ${f.euro(p.perAdditionalPerson)}, the reading of the published example), but not if it is 10 % of the 110 % amount (${high}). The text does not settle this: add an overview of the monthly income and expenses.`,
    }[lang]();
  };
}

function belowReference(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const counted = f.euro(p.counted);
    const reference = f.euro(p.reference);
    const basis = basisText(p, f);
    return {
      nl: () => `Het meegetelde netto-inkomen van ${counted} per maand ligt onder het referentiebedrag van ${reference} (${basis}). Dat is geen automatische weigering: DVZ moet eerst een behoefteanalyse maken, dus voeg een gedetailleerd overzicht van de maandelijkse inkomsten en uitgaven van het gezin toe.`,
      fr: () => `Le revenu net pris en compte de ${counted} par mois est inférieur au montant de référence de ${reference} (${basis}). Ce n’est pas un refus automatique : l’OE doit d’abord faire une analyse des besoins ; joignez un aperçu détaillé des revenus et dépenses mensuels du ménage.`,
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
        fr: () => `${kind} (${amount} par mois) ne compte que si le partenaire prouve qu’il cherche activement du travail (ou en est dispensé, art. 89 et 98bis de l’AR chômage du 25 novembre 1991) ; sans cette preuve, elle n’est pas prise en compte.`,
        en: () => `${kind} (${amount} a month) counts only if the partner proves an active search for work (or an exemption from it, art. 89 and 98bis of the Royal Decree on unemployment of 25 November 1991); without that proof it is not counted.`,
      }[lang]();
    }
    return {
      nl: () => `${kind} (${amount} per maand) is volgens de Verblijfswet uitgesloten en telt niet mee voor de bestaansmiddelen van de partner.`,
      fr: () => `${kind} (${amount} par mois) ${frExcluded(p.kind)} par la loi du 15 décembre 1980 et ${/s$/.test(frExcluded(p.kind)) ? 'ne comptent' : 'ne compte'} pas dans les moyens de subsistance du partenaire.`,
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
        fr: () => `${kind} depuis le ${f.date(p.since)} (${amount} par mois) ne dure pas encore un an sans interruption le ${f.date(p.on)} (ce sera le cas le ${f.date(p.stableFrom)}) : l’OE refuse souvent de tels revenus, faute de stabilité.`,
        en: () => `${kind} since ${f.date(p.since)} (${amount} a month) has not lasted one uninterrupted year on ${f.date(p.on)} (it will on ${f.date(p.stableFrom)}): DVZ often refuses such income as not stable.`,
      }[lang]();
    }
    if (p.kind === 'interim') {
      return {
        nl: () => `${kind} (${amount} per maand) zonder begindatum: DVZ weigert interiminkomsten vaak, tenzij na minstens één jaar ononderbroken tewerkstelling; vermeld de begindatum en bewijs de duur.`,
        fr: () => `${kind} (${amount} par mois) sans date de début : l’OE refuse souvent ces revenus, sauf après au moins un an d’emploi ininterrompu ; indiquez la date de début et prouvez la durée.`,
        en: () => `${kind} (${amount} a month) with no start date: DVZ often refuses interim income unless it has lasted one uninterrupted year; give the start date and prove the duration.`,
      }[lang]();
    }
    return {
      nl: () => `${kind} (${amount} per maand): DVZ weigert zulke inkomsten vaak als niet stabiel en regelmatig. Ze worden hier meegeteld, maar het dossier loopt een risico.`,
      fr: () => `${kind} (${amount} par mois) : l’OE refuse souvent ces revenus, qu’il ne juge ni stables ni réguliers. Ils sont comptés ici, mais le dossier court un risque.`,
      en: () => `${kind} (${amount} a month): DVZ often refuses such income as not stable and regular. It is counted here, but the file is at risk.`,
    }[lang]();
  };
}

export const meansMessages = {
  'MEANS.BELOW_REFERENCE': { nl: belowReference('nl'), fr: belowReference('fr'), en: belowReference('en') },
  'MEANS.EXCLUDED_INCOME': { nl: excluded('nl'), fr: excluded('fr'), en: excluded('en') },
  'MEANS.UNSTABLE_INCOME': { nl: unstable('nl'), fr: unstable('fr'), en: unstable('en') },
  'MEANS.REFERENCE_RULE': { nl: referenceRule('nl'), fr: referenceRule('fr'), en: referenceRule('en') },
  'MEANS.REFORM_UNCERTAIN': { nl: reformUncertain('nl'), fr: reformUncertain('fr'), en: reformUncertain('en') },
  'MEANS.SHORT_EVIDENCE': {
    nl: (p) => `De bewijzen van inkomsten dekken ${str(p.months)} maanden; DVZ vraagt bij voorkeur bewijzen van de laatste ${str(p.wanted)} maanden.`,
    fr: (p) => `Les preuves de revenus couvrent ${str(p.months)} mois ; l’OE demande de préférence les preuves des ${str(p.wanted)} derniers mois.`,
    en: (p) => `Income evidence covers ${str(p.months)} months; DVZ prefers proof of the last ${str(p.wanted)} months.`,
  },
  'MEANS.OTHERS_INCOME': {
    nl: () => 'Er werden inkomsten van de aanvrager of van derden opgegeven: DVZ houdt alleen rekening met de eigen bestaansmiddelen van de partner in België.',
    fr: () => 'Des revenus du demandeur ou de tiers ont été indiqués : l’OE ne tient compte que des moyens propres du partenaire en Belgique.',
    en: () => 'Income of the applicant or of third parties was given: DVZ counts only the partner’s own means.',
  },
  'INS.SPONSOR_HEALTH': {
    nl: () => 'De partner in België is niet verzekerd tegen ziektekosten: een aansluitingsattest van het ziekenfonds is vereist.',
    fr: () => 'Le partenaire en Belgique n’est pas assuré contre les frais médicaux : une attestation d’affiliation à une mutualité est exigée.',
    en: () => 'The partner in Belgium has no health insurance: a certificate of membership from a mutuality (ziekenfonds) is required.',
  },
} satisfies Record<string, RuleMessages>;
