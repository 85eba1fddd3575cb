import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkChildren(_ctx: CheckContext): RawFinding[] {
  return [];
}
