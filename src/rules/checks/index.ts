// Every rule family, in the order findings of equal severity are listed.
import type { CheckContext } from '../context';
import type { RawFinding } from '../types';
import { checkAges } from './ages';
import { checkChildren } from './children';
import { checkDocuments } from './documents';
import { checkGeneral } from './general';
import { checkHousing } from './housing';
import { checkHumanitarian } from './humanitarian';
import { checkMeans } from './means';
import { checkPayment } from './payment';
import { checkTimeline } from './timeline';

export type Check = (ctx: CheckContext) => RawFinding[];

export const CHECKS: readonly Check[] = [
  checkPayment,
  checkAges,
  checkDocuments,
  checkMeans,
  checkHousing,
  checkChildren,
  checkTimeline,
  checkHumanitarian,
  checkGeneral,
];
