// Housing of the partner in Belgium (marriage and legal cohabitation). Seed 004,
// "Je partner in België moet over voldoende huisvesting beschikken om je op te vangen."
// Humanitarian cases: seed 000 lists "eventueel een geregistreerd huurcontract of een
// notariële eigendomsakte" as optional, so no HOUSING.* finding there.
import type { CheckContext } from '../context';
import type { RawFinding } from '../types';
import { missingField } from '../missing/check';

/**
 * Seed 004: "een geregistreerd huurcontract van de woning die als hoofdverblijfplaats
 * dient" or "een notariële eigendomsakte"; "Een onderhandse verkoopakte (bijvoorbeeld een
 * compromis) wordt niet aanvaard"; "Op de wachtlijst staan voor een sociale woning,
 * voldoet niet als bewijs."
 */
const ACCEPTED_PROOFS: ReadonlySet<string> = new Set(['registered-lease', 'notarial-deed']);

export function checkHousing(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  if (c.caseType !== 'marriage' && c.caseType !== 'cohabitation') return [];
  const housing = c.sponsor?.housing;
  if (!housing?.proof) {
    return [missingField('sponsor', 'sponsor.housing.proof', 'HOUSING.PROOF_INVALID')];
  }
  const out: RawFinding[] = [];
  if (!ACCEPTED_PROOFS.has(housing.proof)) out.push({ rule: 'HOUSING.PROOF_INVALID', person: 'sponsor', params: { proof: housing.proof } });

  // Seed 004: "Leg de bewijzen van huisvesting voor van het adres waar je partner
  // effectief woont op het moment van de aanvraag van het D-visum."
  if (housing.currentAddress === false) out.push({ rule: 'HOUSING.NOT_CURRENT', person: 'sponsor', params: { proof: housing.proof } });

  // Seed 004: "Als de woning onbewoonbaar verklaard is, weigert DVZ je aanvraag."
  if (housing.uninhabitable === true) out.push({ rule: 'HOUSING.UNINHABITABLE', person: 'sponsor' });

  // Seed 004: "De persoon die als huurder vermeld staat in de huurovereenkomst of als
  // eigenaar in de notariële eigendomsakte moet wel een familielid zijn van de persoon
  // die je in België komt vervoegen." The partner must then live there (rijksregister).
  if (housing.holder === 'other') out.push({ rule: 'HOUSING.HOLDER', person: 'sponsor', params: { proof: housing.proof } });

  return out;
}
