// Points to know for every marriage or cohabitation file. PARAM.STALE is added by the
// engine from the stale parameter lookups; its message is in ./messages.ts.
import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkGeneral(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  if (c.caseType !== 'marriage' && c.caseType !== 'cohabitation') return [];
  const out: RawFinding[] = [];

  // Seed 003: "Een niet-EU-vreemdeling die in België in het huwelijk wil treden of verklaren
  // dat hij samenwoont met een EU-vreemdeling ... kan ... een binnenkomstvisum aanvragen op
  // basis van de richtlijn 2004/38/EG of een visum D aanvragen."
  if (c.sponsor?.status === 'eu') out.push({ rule: 'INFO.EU_PARTNER_ROUTE', person: 'case', params: { caseType: c.caseType } });

  // Seed 003: "de partners mogen geen duurzame en stabiele relatie onderhouden met een
  // andere persoon, ze mogen niet geviseerd worden door de artikelen 161 tot 163 van het
  // Burgerlijk Wetboek ... en ... niet het voorwerp uitmaken van een beslissing op basis
  // van artikel 167".
  out.push({ rule: 'INFO.IMPEDIMENTS', person: 'case', params: { caseType: c.caseType } });
  return out;
}
