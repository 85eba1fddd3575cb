// Messages of the timeline rules (TIME.*) of a marriage or cohabitation visa D.
// Texts side by side with values written in are functions, `{ nl: () => …, … }[lang]()`: only the
// reader's language is put together.
import type { Lang, Params, RuleMessages } from '../types';
import { type Formatter, formatNumber } from '../../i18n/format';

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '?');
const isCohabitation = (p: Params): boolean => p.caseType === 'cohabitation';

/** "the marriage" or "the declaration of legal cohabitation". */
function event(p: Params, lang: Lang): string {
  if (isCohabitation(p)) return { nl: 'de verklaring van wettelijke samenwoning', fr: 'la déclaration de cohabitation légale', en: 'the declaration of legal cohabitation' }[lang];
  return { nl: 'het huwelijk', fr: 'le mariage', en: 'the marriage' }[lang];
}

function decisionExpected(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    if (p.granted === true) {
      return {
        nl: () => `Het visum werd toegekend: de aankomst op ${f.date(p.arrival)} is vermeld.`,
        fr: () => `Le visa a été accordé : l’arrivée du ${f.date(p.arrival)} est indiquée.`,
        en: () => `The visa was granted: the arrival on ${f.date(p.arrival)} is recorded.`,
      }[lang]();
    }
    const min = formatNumber(p.min, lang);
    const max = formatNumber(p.max, lang);
    return {
      nl: () => `DVZ beslist gemiddeld ${min} tot ${max} maanden na de indiening op ${f.date(p.applied)}: tussen ${f.date(p.from)} en ${f.date(p.to)}. Er is geen maximale behandelingstermijn.`,
      fr: () => `L’OE décide en moyenne ${min} à ${max} mois après l’introduction du ${f.date(p.applied)} : entre le ${f.date(p.from)} et le ${f.date(p.to)}. Il n’y a pas de délai maximal.`,
      en: () => `DVZ decides on average ${min} to ${max} months after the submission on ${f.date(p.applied)}: between ${f.date(p.from)} and ${f.date(p.to)}. There is no maximum term.`,
    }[lang]();
  };
}

function register(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const arrival = f.date(p.arrival);
    const days = f.date(p.days);
    const working = f.date(p.workingDays);
    const n = str(p.nDays);
    const nw = str(p.nWorkingDays);
    if (typeof p.aCardIssued === 'string') {
      return {
        nl: () => `Ingeschreven bij de gemeente: de A-kaart werd afgegeven op ${f.date(p.aCardIssued)}.`,
        fr: () => `Inscription à la commune effectuée : la carte A a été délivrée le ${f.date(p.aCardIssued)}.`,
        en: () => `Registration at the municipality done: the A card was issued on ${f.date(p.aCardIssued)}.`,
      }[lang]();
    }
    const arrivalWord = p.arrived === true ? { nl: 'aankomst', fr: 'arrivée', en: 'arrival' }[lang] : { nl: 'geplande aankomst', fr: 'arrivée prévue', en: 'planned arrival' }[lang];
    if (typeof p.registered === 'string' && p.inTime === true) {
      return {
        nl: () => `Ingeschreven bij de gemeente op ${f.date(p.registered)}, binnen de termijn (${days}).`,
        fr: () => `Inscription à la commune le ${f.date(p.registered)}, dans le délai (${days}).`,
        en: () => `Registered at the municipality on ${f.date(p.registered)}, within the deadline (${days}).`,
      }[lang]();
    }
    if (typeof p.registered === 'string') {
      const withinWorking = p.registered <= str(p.workingDays);
      return {
        nl: () => `Ingeschreven op ${f.date(p.registered)}, na ${days} (${n} dagen na ${arrivalWord} op ${arrival}); ${withinWorking ? `maar wel op tijd als je ${nw} werkdagen telt (${working})` : `ook te laat als je ${nw} werkdagen telt (${working})`}. Bewaar het bewijs van de datum en de reden.`,
        fr: () => `Inscription le ${f.date(p.registered)}, après le ${days} (${n} jours après l’${arrivalWord} du ${arrival}) ; ${withinWorking ? `mais dans le délai si l’on compte ${nw} jours ouvrables (${working})` : `et hors délai même si l’on compte ${nw} jours ouvrables (${working})`}. Gardez la preuve de la date et du motif.`,
        en: () => `Registered on ${f.date(p.registered)}, after ${days} (${n} days after ${arrivalWord} on ${arrival}); ${withinWorking ? `still within the ${nw}-working-days reading (${working})` : `also after the ${nw}-working-days reading (${working})`}. Keep proof of the date and the reason.`,
      }[lang]();
    }
    if (p.past === true) {
      return {
        nl: () => `De termijn om je bij de gemeente in te schrijven (${n} dagen na ${arrivalWord} op ${arrival}: ${days}) is verstreken en er is geen inschrijving vermeld; telt een andere bron ${nw} werkdagen, dan is de laatste dag ${working}. Ga meteen naar de gemeente.`,
        fr: () => `Le délai pour s’inscrire à la commune (${n} jours après l’${arrivalWord} du ${arrival} : ${days}) est dépassé et aucune inscription n’est indiquée ; si l’on compte ${nw} jours ouvrables (une autre source), le dernier jour est le ${working}. Rendez-vous immédiatement à la commune.`,
        en: () => `The deadline to register at the municipality (${n} days after ${arrivalWord} on ${arrival}: ${days}) has passed and no registration is recorded; under the ${nw}-working-days reading of another source the last day is ${working}. Go to the municipality at once.`,
      }[lang]();
    }
    return {
      nl: () => `Schrijf je in bij de gemeente binnen ${n} dagen na ${arrivalWord} op ${arrival}: uiterlijk ${days}. Een andere bron spreekt van ${nw} werkdagen (${working}); houd de vroegste datum aan.`,
      fr: () => `Inscrivez-vous à la commune dans les ${n} jours suivant l’${arrivalWord} du ${arrival} : au plus tard le ${days}. Une autre source parle de ${nw} jours ouvrables (${working}) ; tenez-vous-en à la date la plus tôt.`,
      en: () => `Register at the municipality within ${n} days of ${arrivalWord} on ${arrival}: by ${days}. Another source says ${nw} working days (${working}); keep to the earlier date.`,
    }[lang]();
  };
}

function annex15(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const d = str(p.validDays);
    if (typeof p.until === 'string' && typeof p.aCardIssued === 'string') {
      return {
        nl: () => `De bijlage 15 van de inschrijving op ${f.date(p.registered)} (geldig tot ${f.date(p.until)}) werd gevolgd door de A-kaart op ${f.date(p.aCardIssued)}.`,
        fr: () => `L’annexe 15 délivrée à l’inscription du ${f.date(p.registered)} (valable jusqu’au ${f.date(p.until)}) a été suivie de la carte A le ${f.date(p.aCardIssued)}.`,
        en: () => `The bijlage 15 issued at registration on ${f.date(p.registered)} (valid until ${f.date(p.until)}) was followed by the A card on ${f.date(p.aCardIssued)}.`,
      }[lang]();
    }
    if (typeof p.until === 'string') {
      return {
        nl: () => `De bijlage 15 van de inschrijving op ${f.date(p.registered)} is ${d} dagen geldig, tot ${f.date(p.until)}; ze dekt het verblijf tot de woonstcontrole.`,
        fr: () => `L’annexe 15 délivrée à l’inscription du ${f.date(p.registered)} est valable ${d} jours, jusqu’au ${f.date(p.until)} ; elle couvre le séjour jusqu’au contrôle de résidence.`,
        en: () => `The bijlage 15 issued at registration on ${f.date(p.registered)} is valid ${d} days, until ${f.date(p.until)}; it covers the stay until the residence check.`,
      }[lang]();
    }
    return {
      nl: () => `Bij de inschrijving geeft de gemeente een bijlage 15 die ${d} dagen geldig is en het verblijf dekt tot de woonstcontrole.`,
      fr: () => `À l’inscription, la commune délivre une annexe 15 valable ${d} jours, qui couvre le séjour jusqu’au contrôle de résidence.`,
      en: () => `At registration the municipality issues a bijlage 15, valid ${d} days, which covers the stay until the residence check.`,
    }[lang]();
  };
}

function aCardExpiry(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const m = str(p.months);
    if (typeof p.expiry === 'string') {
      return {
        nl: () => `De A-kaart van ${f.date(p.issued)} is ${m} maanden geldig, tot ${f.date(p.expiry)}, en wordt niet vernieuwd.`,
        fr: () => `La carte A du ${f.date(p.issued)} est valable ${m} mois, jusqu’au ${f.date(p.expiry)}, et n’est pas renouvelée.`,
        en: () => `The A card issued on ${f.date(p.issued)} is valid ${m} months, until ${f.date(p.expiry)}, and is not renewed.`,
      }[lang]();
    }
    return {
      nl: () => `Na de inschrijving en een positieve woonstcontrole geeft de gemeente een A-kaart die ${m} maanden geldig is vanaf de afgifte; ze wordt niet vernieuwd.`,
      fr: () => `Après l’inscription et un contrôle de résidence positif, la commune délivre une carte A valable ${m} mois à partir de sa délivrance ; elle n’est pas renouvelée.`,
      en: () => `After registration and a positive residence check the municipality issues an A card valid ${m} months from its issue; it is not renewed.`,
    }[lang]();
  };
}

function marryBefore(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const what = event(p, lang);
    const expiry = f.date(p.expiry);
    const receipt = {
      nl: 'Vraag de ambtenaar van de burgerlijke stand een ontvangstbewijs bij de start van de procedure: zolang die loopt, ben je beschermd tegen uitwijzing.',
      fr: 'Demandez un accusé de réception à l’officier de l’état civil au début de la procédure : tant qu’elle est en cours, vous êtes protégé contre l’éloignement.',
      en: 'Ask the civil registrar for a receipt when the procedure starts: while it is pending you are protected against removal.',
    }[lang];
    if (p.inTime === true) {
      return {
        nl: () => `${capitalise(what)} op ${f.date(p.marriageDate)} ${isCohabitation(p) ? 'werd afgelegd' : 'vond plaats'} vóór het einde van de A-kaart op ${expiry}.`,
        fr: () => `${capitalise(what)} du ${f.date(p.marriageDate)} a eu lieu avant l’expiration de la carte A le ${expiry}.`,
        en: () => `${capitalise(what)} on ${f.date(p.marriageDate)} took place before the A card ended on ${expiry}.`,
      }[lang]();
    }
    if (typeof p.marriageDate === 'string') {
      return {
        nl: () => `De datum van ${what} (${f.date(p.marriageDate)}) valt na het einde van de A-kaart op ${expiry}: zonder ${what} vóór die datum volgt een bevel om het grondgebied te verlaten (bijlage 13), tenzij de vertraging niet jullie schuld is. ${receipt}`,
        fr: () => `La date de ${what} (${f.date(p.marriageDate)}) tombe après l’expiration de la carte A le ${expiry} : sans ${what} avant cette date, vous recevrez un ordre de quitter le territoire (annexe 13), sauf si le retard ne vous est pas imputable. ${receipt}`,
        en: () => `The date of ${what} (${f.date(p.marriageDate)}) is after the A card ends on ${expiry}: without ${what} before that date an order to leave the territory (bijlage 13) follows, unless the delay is not your doing. ${receipt}`,
      }[lang]();
    }
    if (p.late === true) {
      return {
        nl: () => `De A-kaart is op ${expiry} vervallen en er is geen datum van ${what} vermeld: zonder ${what} vóór die datum volgt een bevel om het grondgebied te verlaten (bijlage 13). Vermeld de datum als ${what} toch ${isCohabitation(p) ? 'werd afgelegd' : 'heeft plaatsgevonden'}.`,
        fr: () => `La carte A a expiré le ${expiry} et aucune date de ${what} n’est indiquée : sans ${what} avant cette date, vous recevrez un ordre de quitter le territoire (annexe 13). Indiquez la date si ${what} a bien eu lieu.`,
        en: () => `The A card expired on ${expiry} and no date of ${what} is recorded: without ${what} before that date an order to leave the territory (bijlage 13) follows. Record the date if ${what} did take place.`,
      }[lang]();
    }
    return {
      nl: () => `${capitalise(what)} ${isCohabitation(p) ? 'moet worden afgelegd' : 'moet plaatsvinden'} voordat de A-kaart vervalt op ${expiry}; anders volgt een bevel om het grondgebied te verlaten (bijlage 13). ${receipt}`,
      fr: () => `${capitalise(what)} doit avoir lieu avant l’expiration de la carte A le ${expiry} ; sinon vous recevrez un ordre de quitter le territoire (annexe 13). ${receipt}`,
      en: () => `${capitalise(what)} must take place before the A card expires on ${expiry}; otherwise an order to leave the territory (bijlage 13) follows. ${receipt}`,
    }[lang]();
  };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function familyReunification(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const what = event(p, lang);
    const on = f.date(p.marriageDate);
    const docs = isCohabitation(p)
      ? { nl: 'alleen je paspoort en de verklaring van wettelijke samenwoning', fr: 'seulement votre passeport et la déclaration de cohabitation légale', en: 'only your passport and the declaration of legal cohabitation' }[lang]
      : { nl: 'alleen je paspoort en de huwelijksakte', fr: 'seulement votre passeport et l’acte de mariage', en: 'only your passport and the marriage certificate' }[lang];
    const before = typeof p.expiry === 'string'
      ? { nl: () => `en voordat de A-kaart vervalt op ${f.date(p.expiry)}`, fr: () => `et avant l’expiration de la carte A le ${f.date(p.expiry)}`, en: () => `and before the A card expires on ${f.date(p.expiry)}` }[lang]()
      : { nl: 'en voordat de A-kaart vervalt', fr: 'et avant l’expiration de la carte A', en: 'and before the A card expires' }[lang];
    return {
      nl: () => `Vraag onmiddellijk na ${what} op ${on} ${before} gezinshereniging aan bij de gemeente: je hebt ${docs} nodig.`,
      fr: () => `Demandez le regroupement familial à la commune immédiatement après ${what} du ${on} ${before} : il faut ${docs}.`,
      en: () => `Apply for family reunification at the municipality right after ${what} on ${on} ${before}: you need ${docs}.`,
    }[lang]();
  };
}

function lateMarriage(lang: Lang) {
  return (p: Params, f: Formatter): string => {
    const what = event(p, lang);
    const expiry = f.date(p.expiry);
    const when = typeof p.marriageDate === 'string'
      ? { nl: () => `${capitalise(what)} op ${f.date(p.marriageDate)} valt na het einde van de A-kaart op ${expiry}`, fr: () => `${capitalise(what)} du ${f.date(p.marriageDate)} tombe après l’expiration de la carte A le ${expiry}`, en: () => `${capitalise(what)} on ${f.date(p.marriageDate)} is after the A card ended on ${expiry}` }[lang]()
      : { nl: () => `De A-kaart is op ${expiry} vervallen zonder vermelde datum van ${what}`, fr: () => `La carte A a expiré le ${expiry} sans qu’une date de ${what} soit indiquée`, en: () => `The A card ended on ${expiry} with no date of ${what} recorded` }[lang]();
    const term = str(p.termMonths);
    const belgian = {
      nl: () => `met een Belgische partner kan je gezinshereniging nog aanvragen vanuit onwettig verblijf, maar de gemeente geeft dan niet meteen een F-kaart: de normale behandelingstermijn van ${term} maanden geldt en je krijgt een attest van immatriculatie (AI) tot DVZ beslist`,
      fr: () => `avec un partenaire belge, vous pouvez encore demander le regroupement familial en séjour irrégulier, mais la commune ne délivre alors pas immédiatement de carte F : le délai normal de traitement de ${term} mois s’applique et vous recevez une attestation d’immatriculation (AI) jusqu’à la décision de l’OE`,
      en: () => `with a Belgian partner you can still apply for family reunification from unlawful stay, but the municipality then gives no immediate F card: the normal ${term}-month term applies and you get an attest van immatriculatie (AI) until DVZ decides`,
    }[lang];
    const nonEu = {
      nl: () => 'met een derdelander als partner kan je gezinshereniging vanuit onwettig verblijf alleen aanvragen als je buitengewone omstandigheden bewijst die verhinderen dat je de aanvraag in je herkomstland indient; anders moet je terugkeren en daar een visum gezinshereniging aanvragen',
      fr: () => 'avec un partenaire ressortissant d’un pays tiers, vous ne pouvez demander le regroupement familial en séjour irrégulier que si vous prouvez des circonstances exceptionnelles qui vous empêchent d’introduire la demande dans votre pays d’origine ; sinon, vous devez y retourner et y demander un visa de regroupement familial',
      en: () => 'with a non-EU partner you can apply for family reunification from unlawful stay only if you prove exceptional circumstances that prevent applying from your country of origin; otherwise you must return and ask for a family-reunification visa there',
    }[lang];
    const route = p.status === 'belgian' ? belgian() : p.status === 'non-eu' || p.status === 'protection' ? nonEu() : `${belgian()}; ${nonEu()}`;
    return {
      nl: () => `${when}: je verblijf is dan onwettig; ${route}. Lag de vertraging niet aan jullie (bijvoorbeeld een onderzoek naar een schijnhuwelijk dat de datum uitstelde), dan kan DVZ de A-kaart uitzonderlijk verlengen: vraag dat zo snel mogelijk.`,
      fr: () => `${when} : votre séjour est alors irrégulier ; ${route}. Si le retard ne vous est pas imputable (par exemple une enquête sur un mariage de complaisance qui a reporté la date), l’OE peut exceptionnellement prolonger la carte A : demandez-le au plus vite.`,
      en: () => `${when}: your stay is then unlawful; ${route}. If the delay was not your doing (for example a sham-marriage inquiry that postponed the date), DVZ can exceptionally extend the A card: ask for it as soon as possible.`,
    }[lang]();
  };
}

function nextCard(lang: Lang) {
  return (p: Params): string => {
    const what = event(p, lang);
    if (p.late === true) {
      return {
        nl: `${isCohabitation(p) ? `Wordt ${what} afgelegd` : `Vindt ${what} plaats`} na het einde van de A-kaart, dan volgt er niet meteen een nieuwe kaart: die hangt af van de beslissing van DVZ over de aanvraag gezinshereniging (zie hierboven).`,
        fr: `Quand ${what} a lieu après l’expiration de la carte A, aucune nouvelle carte n’est délivrée immédiatement : elle dépend de la décision de l’OE sur la demande de regroupement familial (voir ci-dessus).`,
        en: `When ${what} takes place after the A card has ended, no new card follows at once: it depends on DVZ’s decision on the family-reunification application (see above).`,
      }[lang];
    }
    if (p.status === 'belgian') {
      return {
        nl: () => `Na ${what} met een Belgische partner en de aanvraag gezinshereniging krijg je een F-kaart die ${str(p.fCardYears)} jaar geldig is.`,
        fr: () => `Après ${what} avec un partenaire belge et la demande de regroupement familial, vous recevez une carte F valable ${str(p.fCardYears)} ans.`,
        en: () => `After ${what} with a Belgian partner and the application for family reunification you get an F card valid ${str(p.fCardYears)} years.`,
      }[lang]();
    }
    if (p.status === 'eu') {
      return {
        nl: 'De bronnen noemen alleen Belgische partners (F-kaart) en derdelanders (A-kaart); vraag de gemeente welke kaart volgt na de aanvraag gezinshereniging met een EU-burger.',
        fr: 'Les sources ne citent que les partenaires belges (carte F) et de pays tiers (carte A) ; demandez à la commune quelle carte suit la demande de regroupement familial avec un citoyen de l’UE.',
        en: 'The sources name only Belgian partners (F card) and non-EU partners (A card); ask the municipality which card follows the family-reunification application with an EU citizen.',
      }[lang];
    }
    return {
      nl: () => `Na ${what} met een derdelander en de aanvraag gezinshereniging krijg je een A-kaart die even lang geldig is als de kaart van je partner, maximaal ${str(p.aCardMaxYears)} jaar.`,
      fr: () => `Après ${what} avec un ressortissant de pays tiers et la demande de regroupement familial, vous recevez une carte A valable aussi longtemps que la carte de votre partenaire, au maximum ${str(p.aCardMaxYears)} ${p.aCardMaxYears === 1 ? 'an' : 'ans'}.`,
      en: () => `After ${what} with a non-EU partner and the application for family reunification you get an A card valid as long as your partner’s card, at most ${str(p.aCardMaxYears)} year.`,
    }[lang]();
  };
}

function visaValidity(lang: Lang) {
  return (p: Params): string => {
    const code = isCohabitation(p) ? 'B48' : 'B47';
    const m = str(p.months);
    return {
      nl: () => `Bij een positieve beslissing krijg je een visum D met vermelding ${code}, ${m} maanden geldig, voor een verblijf beperkt tot ${m} maanden.`,
      fr: () => `En cas de décision positive, vous recevez un visa D portant la mention ${code}, valable ${m} mois, pour un séjour limité à ${m} mois.`,
      en: () => `If granted, the visa D carries the mention ${code}, is valid ${m} months and allows a stay limited to ${m} months.`,
    }[lang]();
  };
}

export const timelineMessages = {
  'TIME.DECISION_EXPECTED': { nl: decisionExpected('nl'), fr: decisionExpected('fr'), en: decisionExpected('en') },
  'TIME.VISA_VALIDITY': { nl: visaValidity('nl'), fr: visaValidity('fr'), en: visaValidity('en') },
  'TIME.REGISTER': { nl: register('nl'), fr: register('fr'), en: register('en') },
  'TIME.ANNEX15': { nl: annex15('nl'), fr: annex15('fr'), en: annex15('en') },
  'TIME.A_CARD_EXPIRY': { nl: aCardExpiry('nl'), fr: aCardExpiry('fr'), en: aCardExpiry('en') },
  'TIME.MARRY_BEFORE': { nl: marryBefore('nl'), fr: marryBefore('fr'), en: marryBefore('en') },
  'TIME.FAMILY_REUNIFICATION': { nl: familyReunification('nl'), fr: familyReunification('fr'), en: familyReunification('en') },
  'TIME.LATE_MARRIAGE': { nl: lateMarriage('nl'), fr: lateMarriage('fr'), en: lateMarriage('en') },
  'TIME.NEXT_CARD': { nl: nextCard('nl'), fr: nextCard('fr'), en: nextCard('en') },
} satisfies Record<string, RuleMessages>;
