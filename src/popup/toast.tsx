// Short-lived notices (deleted, restored, imported), with at most one action.
import { useEffect } from 'preact/hooks';
import { useI18n } from './translate';

export interface ToastMessage {
  text: string;
  action?: { label: string; run(): void | Promise<void> };
}

/** Long enough to reach the Undo button with the keyboard. */
export const TOAST_MS = 10_000;

export function Toast({ message, onDismiss }: { message: ToastMessage | null; onDismiss(): void }) {
  const { t } = useI18n();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div class="toast-region" role="status" aria-live="polite">
      {message && (
        <div class="toast">
          <span>{message.text}</span>
          {message.action && (
            <button type="button" class="button-primary" onClick={() => void message.action?.run()}>
              {message.action.label}
            </button>
          )}
          <button type="button" class="button-quiet" onClick={onDismiss} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
