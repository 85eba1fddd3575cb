import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkMeans(_ctx: CheckContext): RawFinding[] {
  return [];
}
