import { useState } from 'preact/hooks';
import { t } from './i18n-core';

/** Copies `text`; the button's own label says whether it worked (announced politely to screen readers). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span class="rd-copy">
      <button type="button" class="rd-button" onClick={copy} aria-label={`${t('copy')}: ${label}`}>
        {t('copy')}
      </button>
      <span role="status" class="rd-status">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}

/** A labelled value (an ID) with its copy button. */
export function CopyRow({ label, value }: { label: string; value: string }) {
  return (
    <div class="rd-row">
      <span class="rd-label">{label}</span>
      <code class="rd-value" data-testid={label}>
        {value}
      </code>
      <CopyButton text={value} label={label} />
    </div>
  );
}
