// Messages of the housing rules (HOUSING.*).
import type { Lang, Params, RuleMessages } from '../types';

const PROOFS: Record<string, Record<Lang, string>> = {
  'registered-lease': { nl: 'een geregistreerd huurcontract', fr: 'un bail enregistré', en: 'a registered lease' },
  'notarial-deed': { nl: 'een notariële eigendomsakte', fr: 'un acte de propriété notarié', en: 'a notarial deed of ownership' },
  'unregistered-lease': { nl: 'een niet-geregistreerd huurcontract', fr: 'un bail non enregistré', en: 'an unregistered lease' },
  compromis: { nl: 'een onderhandse verkoopakte (compromis)', fr: 'un compromis de vente sous seing privé', en: 'a private sale agreement (compromis)' },
  'social-housing-waitlist': { nl: 'een plaats op de wachtlijst voor een sociale woning', fr: 'une inscription sur la liste d’attente d’un logement social', en: 'a place on a social-housing waiting list' },
  none: { nl: 'geen bewijs', fr: 'aucune preuve', en: 'no proof' },
};

const proofName = (p: Params, lang: Lang): string => PROOFS[String(p.proof)]?.[lang] ?? String(p.proof);

export const housingMessages = {
  'HOUSING.PROOF_INVALID': {
    nl: (p) => `Opgegeven bewijs van huisvesting: ${proofName(p, 'nl')}. DVZ aanvaardt alleen een geregistreerd huurcontract of een notariële eigendomsakte van de hoofdverblijfplaats van de partner.`,
    fr: (p) => `Preuve de logement indiquée : ${proofName(p, 'fr')}. L’OE n’accepte qu’un bail enregistré ou un acte de propriété notarié de la résidence principale du partenaire.`,
    en: (p) => `The housing proof is ${proofName(p, 'en')}: DVZ accepts only a registered lease or a notarial deed of the partner’s main residence.`,
  },
  'HOUSING.NOT_CURRENT': {
    nl: () => 'Het bewijs van huisvesting gaat over een ander adres dan waar de partner nu woont: leg het bewijs voor van het adres waar hij of zij op het moment van de aanvraag effectief woont, ook als de andere woning beter geschikt is.',
    fr: () => 'La preuve de logement concerne une autre adresse que celle où le partenaire vit actuellement : présentez la preuve de l’adresse où il ou elle vit effectivement au moment de la demande, même si l’autre logement convient mieux.',
    en: () => 'The housing proof is for an address where the partner does not live now: give the proof for the address where the partner actually lives on the application date, even if the other dwelling is better suited.',
  },
  'HOUSING.UNINHABITABLE': {
    nl: () => 'De woning is onbewoonbaar verklaard: dan weigert DVZ de aanvraag.',
    fr: () => 'Le logement a été déclaré inhabitable : l’OE refuse alors la demande.',
    en: () => 'The dwelling has been declared uninhabitable: DVZ then refuses the application.',
  },
  'HOUSING.HOLDER': {
    nl: () => 'Het huurcontract of de eigendomsakte staat op naam van iemand die geen familielid van de partner is: DVZ aanvaardt een contract op naam van de partner of van een familielid, als de partner er volgens het rijksregister woont.',
    fr: () => 'Le bail ou l’acte de propriété est au nom d’une personne qui n’est pas un membre de la famille du partenaire : l’OE accepte un document au nom du partenaire ou d’un membre de sa famille, si le partenaire y habite selon le registre national.',
    en: () => 'The lease or deed is in the name of someone who is not a family member of the partner: DVZ accepts one in the partner’s or a family member’s name, provided the partner lives there according to the national register.',
  },
} satisfies Record<string, RuleMessages>;
