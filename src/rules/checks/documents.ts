import type { CheckContext } from '../context';
import type { RawFinding } from '../types';

export function checkDocuments(_ctx: CheckContext): RawFinding[] {
  return [];
}
