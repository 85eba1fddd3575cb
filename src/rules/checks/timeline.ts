import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkTimeline(_ctx: CheckContext): RawFinding[] {
  return [];
}
