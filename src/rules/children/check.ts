// Children travelling along with the applicant: descent, custody, consent of the
// other parent, marital status (seed 003 child list; seed 004 "Documenten kind").
import type { CheckContext } from '../context';
import type { Person, RawFinding } from '../types';
import { missingField } from '../missing/check';

export function checkChildren(ctx: CheckContext): RawFinding[] {
  const c = ctx.case;
  const out: RawFinding[] = [];
  const partnerCase = c.caseType === 'marriage' || c.caseType === 'cohabitation';
  (c.children ?? []).forEach((child, i) => {
    const person: Person = `children[${i}]`;
    const name = child.givenNames ?? `${i + 1}`;

    if (!partnerCase) {
      // Seed 000 (humanitarian list): "indien je minderjarig bent en jouw andere ouder niet meekomt: ouderlijke
      // toestemming, overlijdensakte andere ouder of vonnis exclusief hoederecht referentiepersoon". Descent and
      // custody are not conditions there: a de-facto child is itself a humanitarian situation.
      if (child.custody === 'shared' && child.otherParentConsent !== true) {
        out.push({ rule: 'CHILD.CONSENT', person, params: { name } });
      }
      return;
    }

    // Seed 004: "Pleegkinderen of kinderen onder buitenlandse voogdij komen niet aanmerking. Wel kunnen zij onder
    // bepaalde voorwaarden met een humanitair visum naar België komen."
    if (!child.relation) out.push(missingField(person, `children[${i}].relation`, 'CHILD.NOT_OWN'));
    else if (child.relation === 'foster' || child.relation === 'guardianship') {
      out.push({ rule: 'CHILD.NOT_OWN', person, params: { name, relation: child.relation } });
    }

    // Custody is only worth judging for a child who can come along at all.
    if (child.relation !== 'foster' && child.relation !== 'guardianship') {
      // Seed 003: "het bewijs dat de vreemdeling die een visum aanvraagt ... over het hoederecht beschikt".
      if (!child.custody) out.push(missingField(person, `children[${i}].custody`, 'CHILD.CUSTODY'));
      else if (child.custody === 'none') out.push({ rule: 'CHILD.CUSTODY', person, params: { name } });
      // Seed 003: "de toestemming van de andere houder van het hoederecht, indien het hoederecht gedeeld wordt".
      else if (child.custody === 'shared' && child.otherParentConsent !== true) {
        out.push({ rule: 'CHILD.CONSENT', person, params: { name } });
      }
    }

    // Seed 003: "het bewijs dat hij ongehuwd is"; seed 004 accepts a divorce judgment or death certificate
    // for a child who was married before, so only a current marriage excludes.
    if (!child.maritalStatus) out.push(missingField(person, `children[${i}].maritalStatus`, 'CHILD.MARRIED'));
    else if (child.maritalStatus === 'married') out.push({ rule: 'CHILD.MARRIED', person, params: { name } });
  });
  return out;
}
