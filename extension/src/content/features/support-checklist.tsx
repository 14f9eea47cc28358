import { todayUtc } from '@refund-desk/core';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../browser';
import type { ChecklistReply } from '../../messages';
import { checklistKey, type Settings } from '../../shapes';
import { CopyButton, CopyRow } from '../../ui/CopyButton';
import { lang, t } from '../../ui/i18n';
import { Collapsible } from './Collapsible';

/** Core's checklist for the reservation last opened, its items tickable and kept for the session per reservation. */
function SupportChecklist({ settings }: { settings: Settings }) {
  const [action, setAction] = useState<'refund' | 'exchange'>('refund');
  const [reply, setReply] = useState<ChecklistReply | undefined>(undefined);
  const [ticked, setTicked] = useState<string[]>([]);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    ask({ type: 'checklist/build', action, date: todayUtc(), lang: lang() })
      .then(async (answer) => {
        if (answer) setTicked(await ask({ type: 'session/get', key: checklistKey(answer.key) }));
        setReply(answer);
      })
      .catch((e: Error) => setProblem(t('storageError', e.message)));
  }, [action]);

  const tick = (id: string, on: boolean) => {
    if (!reply) return;
    const next = on ? [...ticked, id] : ticked.filter((x) => x !== id);
    setTicked(next);
    ask({ type: 'session/put', key: checklistKey(reply.key), value: next }).catch(() => {});
  };
  return (
    <Collapsible id="rd-support" title={t('checklistTitle')} collapsed={settings.panelCollapsed}>
      {problem && <p class="rd-error">{problem}</p>}
      {reply === null && <p>{t('checklistNoReservation')}</p>}
      {reply && (
        <>
          <CopyRow label={t('reservationOrderId')} value={reply.ids.reservationOrderId} />
          {reply.ids.reservationId && <CopyRow label={t('reservationId')} value={reply.ids.reservationId} />}
          <fieldset class="rd-form">
            <legend>{t('action')}</legend>
            {(['refund', 'exchange'] as const).map((a) => (
              <label key={a} class="rd-check">
                <input type="radio" name="rd-action" value={a} checked={action === a} onChange={() => setAction(a)} />
                {t(a === 'refund' ? 'action_refund' : 'action_exchange')}
              </label>
            ))}
          </fieldset>
          {reply.problems.map((m) => (
            <p key={m} class="rd-error">
              {m}
            </p>
          ))}
        </>
      )}
      {reply?.checklist && (
        <>
          <ul class="rd-checklist">
            {reply.checklist.items.map((item) => (
              <li key={item.id}>
                <input
                  type="checkbox"
                  id={`rd-item-${item.id}`}
                  checked={ticked.includes(item.id)}
                  onChange={(e) => tick(item.id, e.currentTarget.checked)}
                />
                <label for={`rd-item-${item.id}`}>
                  <strong>{item.title}</strong> {item.detail}
                </label>
                {item.value && (
                  <span class="rd-row">
                    <code>{item.value}</code>
                    <CopyButton text={item.value} label={item.title} />
                  </span>
                )}
              </li>
            ))}
          </ul>
          <label for="rd-description">{t('description')}</label>
          <textarea
            id="rd-description"
            readOnly
            rows={8}
            value={reply.checklist.description}
            data-testid="description"
          />
          <CopyButton text={reply.checklist.description} label={t('description')} />
        </>
      )}
    </Collapsible>
  );
}

export function showSupportChecklist(container: HTMLElement, settings: Settings, signal: AbortSignal) {
  render(<SupportChecklist settings={settings} />, container);
  signal.addEventListener('abort', () => render(null, container), { once: true });
}
