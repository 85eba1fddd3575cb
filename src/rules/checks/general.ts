import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkGeneral(_ctx: CheckContext): RawFinding[] {
  return [];
}
