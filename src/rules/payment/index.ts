// The payment communication, the EPC QR payload and the fee, for the checks, the popup and the CLI.
import type { Lang } from '../types';
import { buildCommunication, type CommunicationInput, type CommunicationProblem } from './communication';

export * from './communication';
export * from './epc';
export * from './fee';

export interface PaymentReference {
  /** False when the data allows no communication; `problems` then says which field and why. */
  ok: boolean;
  /** Empty when not `ok`. */
  compact: string;
  spaced: string;
  shortened: boolean;
  problems: CommunicationProblem[];
}

/** The communication for the CLI's `reference` command: `countryLang` chooses the country name's language. */
export function paymentReference(person: CommunicationInput, options: { countryLang?: Lang } = {}): PaymentReference {
  const r = buildCommunication(person, { countryLang: options.countryLang ?? 'nl' });
  if (r.ok) return { ok: true, compact: r.compact, spaced: r.spaced, shortened: r.shortened, problems: [] };
  return { ok: false, compact: '', spaced: '', shortened: false, problems: r.problems };
}
