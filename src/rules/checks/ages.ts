import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkAges(_ctx: CheckContext): RawFinding[] {
  return [];
}
