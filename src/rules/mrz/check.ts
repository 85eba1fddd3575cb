// The passport's machine-readable zone, when the case stores it, against the recorded profile
// (DOC.MRZ_MISMATCH), and the payment communication its names would give
// (PAY.REFERENCE_MRZ_SPELLING). Both are the product's own rules, beside spec/rules.md
// (src/rules/catalogue.ts, PRODUCT_RULE_IDS).
import type { Applicant, Child } from '../../case/schema';
import { compareWithMrz, readMrz, type MrzField } from '../../case/mrz';
import type { CheckContext } from '../context';
import { buildCommunication } from '../payment/communication';
import type { Person, RawFinding } from '../types';

/** What the embassy compares with the zone (VisaOnWeb scans it): the sex and issuing state are not among them. */
const COMPARED: readonly MrzField[] = ['surname', 'givenNames', 'birthDate', 'nationality', 'passportNumber', 'expiryDate'];

function checkHolder(ctx: CheckContext, person: Person, holder: Applicant | Child, name: string | undefined): RawFinding[] {
  const mrz = holder.passport?.mrz;
  if (!mrz) return [];
  const reading = readMrz(mrz, ctx.on);
  const out: RawFinding[] = [];
  for (const p of reading.problems) {
    if (p.code === 'checkDigit') out.push({ rule: 'DOC.MRZ_MISMATCH', person, params: { name, field: 'mrz', part: p.part, value: p.value, expected: p.expected, found: p.found } });
    else if (p.code === 'invalid') out.push({ rule: 'DOC.MRZ_MISMATCH', person, params: { name, field: 'mrz', part: p.part, value: p.value } });
  }
  const comparisons = compareWithMrz(holder, reading.values);
  for (const c of comparisons) {
    if (c.status === 'differs' && COMPARED.includes(c.field)) out.push({ rule: 'DOC.MRZ_MISMATCH', person, params: { name, field: c.field, profile: c.profile, mrz: c.mrz } });
  }
  // Only a spelling difference is worth a note: another name is already an error above.
  const names = comparisons.filter((c) => c.field === 'surname' || c.field === 'givenNames');
  if (names.some((c) => c.status === 'spelling') && !names.some((c) => c.status === 'differs')) {
    const fromProfile = buildCommunication(holder);
    const fromMrz = buildCommunication({ ...holder, surname: reading.values.surname, givenNames: reading.values.givenNames });
    if (fromProfile.ok && fromMrz.ok && fromProfile.compact !== fromMrz.compact) {
      out.push({ rule: 'PAY.REFERENCE_MRZ_SPELLING', person, params: { name, profile: fromProfile.compact, mrz: fromMrz.compact } });
    }
  }
  return out;
}

export function checkMrz(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  const out = checkHolder(ctx, 'applicant', c.applicant, undefined);
  (c.children ?? []).forEach((child, i) => out.push(...checkHolder(ctx, `children[${i}]`, child, child.givenNames ?? `${i + 1}`)));
  return out;
}
