// Labels of the document checklist items, by item id. `{of-sponsor}` / `{sponsor}` name the
// person in Belgium: the partner (marriage, cohabitation) or the family member (humanitarian).
import type { Lang } from './types';

export const CHECKLIST_LABELS = {
  'payment-proof': { nl: 'Bewijs van betaling van de retributie', fr: 'Preuve du paiement de la redevance', en: 'Proof of payment of the fee' },
  'visa-form': {
    nl: 'Ondertekend visumaanvraagformulier en twee conforme pasfoto’s',
    fr: 'Formulaire de demande de visa signé et deux photos d’identité conformes',
    en: 'Signed visa application form and two compliant passport photos',
  },
  passport: { nl: 'Geldig paspoort of gelijkgesteld reisdocument', fr: 'Passeport valable ou document de voyage équivalent', en: 'Valid passport or equivalent travel document' },
  'unmarried-certificate': {
    nl: 'Bewijs van ongehuwde staat (attest van ongehuwdheid)',
    fr: 'Preuve de célibat (certificat de célibat)',
    en: 'Proof of unmarried status (certificate of unmarried status)',
  },
  'sponsor-unmarried-proof': { nl: 'Bewijs van ongehuwde staat {of-sponsor}', fr: 'Preuve de célibat {of-sponsor}', en: 'Proof of unmarried status {of-sponsor}' },
  'marriage-declaration': {
    nl: 'Kopie van de akte van huwelijksaangifte (hoogstens 6 maanden oud)',
    fr: 'Copie de l’acte de déclaration de mariage (au plus 6 mois)',
    en: 'Copy of the marriage declaration (at most 6 months old)',
  },
  'relationship-history': { nl: 'Chronologisch overzicht van de relatie', fr: 'Historique chronologique de la relation', en: 'Chronological history of the relationship' },
  'sponsor-id-copy': {
    nl: 'Kopie van de identiteitskaart of verblijfstitel {of-sponsor}',
    fr: 'Copie de la carte d’identité ou du titre de séjour {of-sponsor}',
    en: 'Copy of the identity card or residence permit {of-sponsor}',
  },
  'protection-status-proof': {
    nl: 'Bewijs van de beschermingsstatus {of-sponsor} en het asieldossier',
    fr: 'Preuve du statut de protection {of-sponsor} et dossier d’asile',
    en: 'Proof of the protection status {of-sponsor} and the asylum file',
  },
  'sponsor-health-insurance': {
    nl: 'Aansluitingsattest van het ziekenfonds {of-sponsor}',
    fr: 'Attestation d’affiliation à la mutualité {of-sponsor}',
    en: 'Health-insurance (mutuality) certificate {of-sponsor}',
  },
  'sponsor-housing': {
    nl: 'Geregistreerd huurcontract of notariële eigendomsakte van de woning {of-sponsor}',
    fr: 'Bail enregistré ou acte de propriété notarié du logement {of-sponsor}',
    en: 'Registered lease or notarial deed of the home {of-sponsor}',
  },
  'sponsor-income': {
    nl: 'Bewijzen van de bestaansmiddelen {of-sponsor} (bij voorkeur de laatste 12 maanden)',
    fr: 'Preuves des moyens de subsistance {of-sponsor} (de préférence les 12 derniers mois)',
    en: 'Proof of income {of-sponsor} (preferably the last 12 months)',
  },
  'travel-insurance': {
    nl: 'Medische reisverzekering (minstens € 30.000, alle Schengenlanden)',
    fr: 'Assurance voyage médicale (au moins 30 000 €, tous les États Schengen)',
    en: 'Travel medical insurance (at least €30,000, all Schengen states)',
  },
  'medical-certificate': {
    nl: 'Medisch attest van een door de ambassade erkende arts',
    fr: 'Certificat médical d’un médecin agréé par l’ambassade',
    en: 'Medical certificate from a doctor recognised by the embassy',
  },
  'criminal-record': { nl: 'Uittreksel uit het strafregister', fr: 'Extrait de casier judiciaire', en: 'Criminal-record extract' },
  'birth-certificate': { nl: 'Geboorteakte of adoptieakte', fr: 'Acte de naissance ou d’adoption', en: 'Birth or adoption certificate' },
  'family-ties-proof': {
    nl: 'Bewijs van de familieband (geboorteakte, huwelijksakte, adoptieakte, vervangend vonnis)',
    fr: 'Preuve du lien familial (acte de naissance, de mariage, d’adoption, jugement supplétif)',
    en: 'Proof of the family tie (birth, marriage or adoption certificate, substitute judgment)',
  },
  'dependency-proof': {
    nl: 'Bewijzen van affectieve en financiële afhankelijkheid ten aanzien {of-sponsor}',
    fr: 'Preuves de la dépendance affective et financière à l’égard {of-sponsor}',
    en: 'Proof of emotional and financial dependence on the {sponsor}',
  },
  'custody-proof': {
    nl: 'Bewijs van het recht van bewaring (meestal een rechterlijke beslissing)',
    fr: 'Preuve du droit de garde (le plus souvent une décision judiciaire)',
    en: 'Proof of custody (usually a court decision)',
  },
  'other-parent-consent': {
    nl: 'Toestemming van de andere ouder (of bewijs van diens verdwijning of overlijden)',
    fr: 'Consentement de l’autre parent (ou preuve de sa disparition ou de son décès)',
    en: "The other parent's consent (or proof of their disappearance or death)",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ChecklistItemId = keyof typeof CHECKLIST_LABELS;

const SPONSOR: Record<'partner' | 'family', Record<Lang, { of: string; bare: string }>> = {
  partner: {
    nl: { of: 'van de partner in België', bare: 'partner in België' },
    fr: { of: 'du partenaire en Belgique', bare: 'partenaire en Belgique' },
    en: { of: 'of the partner in Belgium', bare: 'partner in Belgium' },
  },
  family: {
    nl: { of: 'van de referentiepersoon in België', bare: 'referentiepersoon in België' },
    fr: { of: 'de la personne de référence en Belgique', bare: 'personne de référence en Belgique' },
    en: { of: 'of the family member in Belgium', bare: 'family member in Belgium' },
  },
};

const IF_AVAILABLE: Record<Lang, string> = { nl: ' (indien voorhanden)', fr: ' (si disponible)', en: ' (if available)' };

// A label depends on four small choices only, and every report lists a dozen: the labels of one
// language and kind of case are written once, all of them.
const tables: Record<'partner' | 'family', Record<Lang, ((id: ChecklistItemId, ifAvailable: boolean) => string) | undefined>> = {
  partner: { nl: undefined, fr: undefined, en: undefined },
  family: { nl: undefined, fr: undefined, en: undefined },
};

/** The labels in `lang` where the person in Belgium is the `sponsor` kind: by item id, with or without "(if available)". */
export function checklistLabels(lang: Lang, sponsor: 'partner' | 'family'): (id: ChecklistItemId, ifAvailable: boolean) => string {
  let table = tables[sponsor][lang];
  if (!table) {
    const who = SPONSOR[sponsor][lang];
    const plain = new Map<ChecklistItemId, string>();
    const available = new Map<ChecklistItemId, string>();
    for (const id of Object.keys(CHECKLIST_LABELS) as ChecklistItemId[]) {
      const text = CHECKLIST_LABELS[id][lang].replace('{of-sponsor}', who.of).replace('{sponsor}', who.bare);
      plain.set(id, text);
      available.set(id, text + IF_AVAILABLE[lang]);
    }
    table = (id, ifAvailable) => (ifAvailable ? available : plain).get(id)!;
    tables[sponsor][lang] = table;
  }
  return table;
}
