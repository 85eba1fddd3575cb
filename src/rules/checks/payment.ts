import type { CheckContext } from '../context';
import type { Lang, PaymentInfo, RawFinding } from '../types';

export function checkPayment(_ctx: CheckContext): RawFinding[] {
  return [];
}

export function buildPayments(_ctx: CheckContext, _lang: Lang): PaymentInfo[] {
  return [];
}
