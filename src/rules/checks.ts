// Every rule family, in the order findings of equal severity are listed.
import type { CheckContext } from './context';
import type { RawFinding } from './types';
import { checkAges } from './ages/check';
import { checkChildren } from './children/check';
import { checkDocuments } from './documents/check';
import { checkGeneral } from './general/check';
import { checkHousing } from './housing/check';
import { checkHumanitarian } from './humanitarian/check';
import { checkMeans } from './means/check';
import { checkMrz } from './mrz/check';
import { checkPayment } from './payment/check';
import { checkTimeline } from './timeline/check';

export type Check = (ctx: CheckContext) => RawFinding[];

export const CHECKS: readonly Check[] = [
  checkPayment,
  checkAges,
  checkDocuments,
  checkMrz,
  checkMeans,
  checkHousing,
  checkChildren,
  checkTimeline,
  checkHumanitarian,
  checkGeneral,
];
