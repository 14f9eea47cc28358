import { t } from './i18n-core';

/**
 * Copies `text`; the status next to the button says whether it worked (announced politely to screen readers). Written
 * straight into that status: no component state, so the content script needs no hooks.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const copy = async (e: Event) => {
    const status = (e.currentTarget as HTMLElement).nextElementSibling;
    const said = await navigator.clipboard.writeText(text).then(
      () => t('copied'),
      () => t('copyFailed'),
    );
    if (status) status.textContent = said;
  };
  return (
    <span class="rd-copy">
      <button type="button" class="rd-button" onClick={copy} aria-label={`${t('copy')}: ${label}`}>
        {t('copy')}
      </button>
      <span role="status" class="rd-status" />
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
