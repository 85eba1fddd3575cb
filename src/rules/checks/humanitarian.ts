import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkHumanitarian(_ctx: CheckContext): RawFinding[] {
  return [];
}
