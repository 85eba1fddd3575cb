import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkHousing(_ctx: CheckContext): RawFinding[] {
  return [];
}
