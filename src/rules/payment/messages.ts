// Messages of the payment rules (PAY.*) and of the bijlage 43 deadline.
// Texts side by side with values written in are functions, `{ nl: () => …, … }[lang]()`: only the
// reader's language is put together.
import type { Lang, Params, RuleMessages } from '../types';
import type { Formatter } from '../../i18n/format';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');

const FEE_EXEMPTION: Record<string, Record<Lang, (p: Params) => string>> = {
  minor: {
    nl: (p) => `jonger dan 18 op de aanvraagdatum${typeof p.age === 'number' ? ` (${p.age} jaar)` : ''}`,
    fr: (p) => `moins de 18 ans à la date de la demande${typeof p.age === 'number' ? ` (${p.age} ans)` : ''}`,
    en: (p) => `under 18 on the application date${typeof p.age === 'number' ? ` (age ${p.age})` : ''}`,
  },
  'unrecognised-marriage-protection': {
    nl: () => 'echtgenoot of echtgenote in een niet-erkend religieus of gewoonterechtelijk huwelijk met een familielid in België met internationale bescherming: de aanvraag wordt ingediend als gezinshereniging',
    fr: () => 'conjoint(e) dans un mariage religieux ou coutumier non reconnu avec un membre de la famille en Belgique bénéficiant d’une protection internationale : la demande est introduite comme regroupement familial',
    en: () => 'spouse in an unrecognised religious or customary marriage with a family member in Belgium who has international protection: the application is filed as family reunification',
  },
};

/** Why someone pays no fee, in the reader's language (PaymentInfo.reason). */
export function feeExemptionReason(reason: string, lang: Lang, params: Params = {}): string {
  return FEE_EXEMPTION[reason]?.[lang](params) ?? reason;
}

/** Stad.gent: one transfer per applicant; DVZ's FAQ: one fee for spouses applying jointly on the same legal basis. */
const ONE_TRANSFER: Record<Lang, string> = {
  nl: 'Eén overschrijving per aanvrager; volgens de FAQ van DVZ betalen echtgenoten die samen aanvragen op dezelfde rechtsgrond één retributie.',
  fr: 'Un virement par demandeur ; selon la FAQ de l’OE, des époux qui introduisent ensemble une demande sur la même base légale paient une seule redevance.',
  en: 'One transfer per applicant; DVZ’s FAQ allows one fee for spouses applying jointly on the same legal basis.',
};

function feeMessage(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    if (p.exempt === true) {
      const why = feeExemptionReason(str(p.reason), lang, p);
      return { nl: () => `Geen retributie: ${why}.`, fr: () => `Pas de redevance : ${why}.`, en: () => `No fee: ${why}.` }[lang]();
    }
    const amount = f.euro(p.amount);
    const since = f.date(p.since);
    return {
      nl: () => `Retributie: ${amount} (bedrag geldig sinds ${since}). ${ONE_TRANSFER.nl}`,
      fr: () => `Redevance : ${amount} (montant en vigueur depuis le ${since}). ${ONE_TRANSFER.fr}`,
      en: () => `Fee: ${amount} (amount since ${since}). ${ONE_TRANSFER.en}`,
    }[lang]();
  };
}

const FIELD_NAMES: Record<string, Record<Lang, string>> = {
  surname: { nl: 'de familienaam', fr: 'le nom', en: 'the surname' },
  givenNames: { nl: 'de voornamen', fr: 'les prénoms', en: 'the given names' },
  nationality: { nl: 'de nationaliteit', fr: 'la nationalité', en: 'the nationality' },
  birthDate: { nl: 'de geboortedatum', fr: 'la date de naissance', en: 'the date of birth' },
};

function referenceMessage(lang: Lang) {
  return (p: Params): string => {
    if (typeof p.problem === 'string') {
      const field = FIELD_NAMES[str(p.field)]?.[lang] ?? str(p.field);
      if (p.problem === 'non-latin') {
        return {
          nl: () => `Geen mededeling mogelijk: ${field} staat niet in Latijnse letters. Vul de spelling uit het paspoort in (Latijnse letters).`,
          fr: () => `Communication impossible : ${field} n’est pas en lettres latines. Indiquez l’orthographe du passeport (lettres latines).`,
          en: () => `No communication possible: ${field} is not in Latin letters. Enter the spelling from the passport (Latin letters).`,
        }[lang]();
      }
      return {
        nl: () => `Geen mededeling mogelijk: ${field} (${str(p.value)}) is onbekend.`,
        fr: () => `Communication impossible : ${field} (${str(p.value)}) est inconnu(e).`,
        en: () => `No communication possible: ${field} (${str(p.value)}) is unknown.`,
      }[lang]();
    }
    const c = str(p.communication);
    const spaced = str(p.spaced);
    const cut =
      p.shortened === true
        ? {
            nl: () => ` Voornamen ingekort tot initialen om binnen ${str(p.limit)} tekens te blijven.`,
            fr: () => ` Prénoms réduits aux initiales pour tenir en ${str(p.limit)} caractères.`,
            en: () => ` Given names shortened to initials to fit ${str(p.limit)} characters.`,
          }[lang]()
        : '';
    return {
      nl: () => `Mededeling bij de betaling: ${c} (met spaties: ${spaced}).${cut}`,
      fr: () => `Communication du virement : ${c} (avec espaces : ${spaced}).${cut}`,
      en: () => `Payment communication: ${c} (spaced form: ${spaced}).${cut}`,
    }[lang]();
  };
}

export const paymentMessages: Record<string, RuleMessages> = {
  'PAY.REFERENCE': { nl: referenceMessage('nl'), fr: referenceMessage('fr'), en: referenceMessage('en') },
  'PAY.FEE': { nl: feeMessage('nl'), fr: feeMessage('fr'), en: feeMessage('en') },
  'PAY.FEE_UNKNOWN_PERIOD': {
    nl: (p, f) => `De regelgegevens bevatten geen retributie vóór ${f.date(p.firstSince)}: het bedrag voor deze aanvraagdatum is hier niet bekend. Vraag het na bij de ambassade of DVZ.`,
    fr: (p, f) => `Les données ne contiennent aucune redevance avant le ${f.date(p.firstSince)} : le montant pour cette date de demande n’est pas connu ici. Vérifiez-le auprès de l’ambassade ou de l’OE.`,
    en: (p, f) => `The rule data holds no fee before ${f.date(p.firstSince)}: the amount for this application date is not known here. Check it with the embassy or DVZ.`,
  },
  'PAY.REFERENCE_MISMATCH': {
    nl: (p) => `De mededeling ‘${str(p.recorded)}’ komt niet overeen met de verwachte mededeling ‘${str(p.expected)}’ (NaamVoornaamNationaliteitDDMMJJJJ).`,
    fr: (p) => `La communication « ${str(p.recorded)} » ne correspond pas à celle qui est attendue « ${str(p.expected)} » (NomPrénomNationalitéJJMMAAAA).`,
    en: (p) => `The communication "${str(p.recorded)}" differs from the expected "${str(p.expected)}" (SurnameGivenNamesNationalityDDMMYYYY).`,
  },
  'PAY.NOT_PAID': {
    nl: (p, f) => `Geen betaling van de retributie geregistreerd${typeof p.amount === 'number' ? ` (${f.euro(p.amount)} verschuldigd)` : ''}: zonder betalingsbewijs of bewijs van vrijstelling verklaart de ambassade of DVZ de aanvraag onontvankelijk (bijlage 42).`,
    fr: (p, f) => `Aucun paiement de la redevance enregistré${typeof p.amount === 'number' ? ` (${f.euro(p.amount)} dus)` : ''} : sans preuve de paiement ou d’exemption, l’ambassade ou l’OE déclare la demande irrecevable (annexe 42).`,
    en: (p, f) => `No fee payment recorded${typeof p.amount === 'number' ? ` (${f.euro(p.amount)} due)` : ''}: without proof of payment or exemption the embassy or DVZ declares the application inadmissible (bijlage 42).`,
  },
  'PAY.PARTIAL': {
    nl: (p, f) =>
      `${f.euro(p.paid)} betaald van ${f.euro(p.amount)} (${f.euro(p.rest)} te weinig): dit leidt tot een bijlage 43, met ${str(p.days)} dagen vanaf de dag na de kennisgeving om het resterende bedrag te storten en het bewijs voor te leggen.` +
      (typeof p.deadline === 'string' ? ` Kennisgeving op ${f.date(p.notice)}: uiterlijk ${f.date(p.deadline)}.` : ''),
    fr: (p, f) =>
      `${f.euro(p.paid)} payés sur ${f.euro(p.amount)} (${f.euro(p.rest)} manquants) : cela donne lieu à une annexe 43, avec ${str(p.days)} jours à partir du lendemain de la notification pour verser le solde et en produire la preuve.` +
      (typeof p.deadline === 'string' ? ` Notification le ${f.date(p.notice)} : au plus tard le ${f.date(p.deadline)}.` : ''),
    en: (p, f) =>
      `${f.euro(p.paid)} paid of ${f.euro(p.amount)} (${f.euro(p.rest)} short): this leads to a bijlage 43, with ${str(p.days)} days from the day after notification to pay the rest and show proof.` +
      (typeof p.deadline === 'string' ? ` Notified on ${f.date(p.notice)}: by ${f.date(p.deadline)} at the latest.` : ''),
  },
  'PAY.THIRD_PARTY': {
    nl: (p) => `Betaald door iemand anders: dat mag, maar de mededeling blijft die van de aanvrager: ${str(p.communication)}.`,
    fr: (p) => `Payé par un tiers : c’est permis, mais la communication reste celle du demandeur : ${str(p.communication)}.`,
    en: (p) => `Paid by someone else: that is fine, but the communication keeps the applicant’s data: ${str(p.communication)}.`,
  },
  'TIME.PARTIAL_PAYMENT_DEADLINE': {
    nl: (p, f) =>
      p.past === true
        ? `De termijn om het resterende bedrag van ${f.euro(p.rest)} te betalen (bijlage 43 van ${f.date(p.notice)}) liep af op ${f.date(p.deadline)}.`
        : `Betaal het resterende bedrag van ${f.euro(p.rest)} en leg het bewijs voor uiterlijk ${f.date(p.deadline)} (${str(p.days)} dagen vanaf de dag na de bijlage 43 van ${f.date(p.notice)}).`,
    fr: (p, f) =>
      p.past === true
        ? `Le délai pour payer le solde de ${f.euro(p.rest)} (annexe 43 du ${f.date(p.notice)}) a expiré le ${f.date(p.deadline)}.`
        : `Payez le solde de ${f.euro(p.rest)} et produisez la preuve au plus tard le ${f.date(p.deadline)} (${str(p.days)} jours à partir du lendemain de l’annexe 43 du ${f.date(p.notice)}).`,
    en: (p, f) =>
      p.past === true
        ? `The deadline to pay the remaining ${f.euro(p.rest)} (bijlage 43 of ${f.date(p.notice)}) ended on ${f.date(p.deadline)}.`
        : `Pay the remaining ${f.euro(p.rest)} and show proof by ${f.date(p.deadline)} (${str(p.days)} days from the day after the bijlage 43 of ${f.date(p.notice)}).`,
  },
};
