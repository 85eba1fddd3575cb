// How to pay, per person who pays: amount or exemption, the account, the
// communication to copy, and the EPC QR code a banking app can scan.
import { useMemo, useState } from 'preact/hooks';
import { formatEuro } from '../i18n/format';
import type { PaymentInfo } from '../rules/types';
import { useApi } from './context';
import { personLabel } from './labels';
import { makeQrMatrix } from '../report/qr';
import { useI18n } from './translate';

/** `BE68 5390 0754 7034`: groups of four, as printed on statements. */
export function formatIban(iban: string): string {
  return iban.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

function CopyBox({ id, label, text }: { id: string; label: string; text: string }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div class="copy-box">
      <p class="copy-label" id={`${id}-label`}>
        {label}
      </p>
      <div class="copy-row">
        <output class="mono" id={id} aria-labelledby={`${id}-label`}>
          {text}
        </output>
        <button
          type="button"
          aria-describedby={`${id}-label`}
          onClick={() => {
            api.copyText(text).then(
              () => setState('copied'),
              () => setState('failed'),
            );
          }}
        >
          {t('copy')}
        </button>
      </div>
      <p class="copy-status" role="status" aria-live="polite">
        {state === 'copied' ? `✓ ${t('copied')}` : state === 'failed' ? t('copyFailed') : ''}
      </p>
    </div>
  );
}

export function QrCode({ payload, label }: { payload: string; label: string }) {
  const matrix = useMemo(() => makeQrMatrix(payload), [payload]);
  const quiet = 4;
  const size = matrix.size + quiet * 2;
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`${-quiet} ${-quiet} ${size} ${size}`} width={size * 4} height={size * 4} shape-rendering="crispEdges" data-qr-payload-length={payload.length}>
      <rect x={-quiet} y={-quiet} width={size} height={size} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}

export function PaymentCard({ info, draft, index }: { info: PaymentInfo; draft: unknown; index: number }) {
  const { t, lang } = useI18n();
  const who = personLabel(info.person, draft, t);
  const headingId = `payment-${index}-heading`;
  return (
    <article class="card payment-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{who}</h3>
      {info.exempt ? (
        <p class="exempt">
          <strong>{t('paymentExempt')}</strong>
          {info.reason ? ` — ${info.reason}` : ''}
        </p>
      ) : (
        <>
          <dl class="pay-details">
            <dt>{t('paymentAmount')}</dt>
            <dd class="amount">{info.amountEur === null ? t('paymentAmountUnknown') : formatEuro(info.amountEur, lang)}</dd>
            <dt>{t('paymentIban')}</dt>
            <dd class="mono">{formatIban(info.iban)}</dd>
            <dt>{t('paymentBic')}</dt>
            <dd class="mono">{info.bic}</dd>
            <dt>{t('paymentBeneficiary')}</dt>
            <dd>{info.beneficiary}</dd>
          </dl>
          {info.reason && <p class="muted">{info.reason}</p>}
          <CopyBox id={`communication-${index}`} label={t('paymentCommunicationToUse')} text={info.communication} />
          {info.shortened && <p class="warning-text">{t('paymentShortened')}</p>}
          {info.communicationSpaced && info.communicationSpaced !== info.communication && (
            <CopyBox id={`communication-spaced-${index}`} label={t('paymentCommunicationSpaced')} text={info.communicationSpaced} />
          )}
          {info.epcQr && (
            <figure class="qr-figure">
              <QrCode payload={info.epcQr} label={t('paymentQrLabel', who, info.amountEur === null ? '' : formatEuro(info.amountEur, lang))} />
              <figcaption>{t('paymentQrCaption')}</figcaption>
            </figure>
          )}
        </>
      )}
    </article>
  );
}

export function Payments({ payments, draft }: { payments: readonly PaymentInfo[]; draft: unknown }) {
  const { t } = useI18n();
  if (payments.length === 0) return <p class="muted">{t('paymentNone')}</p>;
  return (
    <div class="cards">
      {payments.map((p, i) => (
        <PaymentCard key={`${p.person}-${i}`} info={p} draft={draft} index={i} />
      ))}
    </div>
  );
}
