// A case with findings, a child and a partial payment: what the report, the
// calendar and the tables are tested on.
import { baseChild, baseMarriageCase, variant } from '../scenarios/base';

export function caseWithChildAndPartialPayment(): Record<string, any> {
  return variant(baseMarriageCase(), (c) => {
    c.id = 'report-case';
    c.label = 'El Amrani – Peeters, "file 7", <b>urgent</b>';
    c.children = [baseChild()];
    // 100 of 236 paid; the notice of partial payment came on 1 April.
    c.payment = { amountPaid: 100, communication: 'ElAmraniFatimaZahraMarokko15031990', paidOn: '2025-03-01', paidBy: 'applicant', partialNoticeDate: '2025-04-01' };
    // No medical certificate: an error finding and a checklist item marked missing.
    delete c.documents.medicalCertificate;
  });
}
