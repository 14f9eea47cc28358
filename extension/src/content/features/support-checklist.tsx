import type { ChecklistReply } from '../../messages';
import { checklistKey, lastReservationKey } from '../../shapes';
import { CopyButton, CopyRow } from '../../ui/CopyButton';
import { lang, t } from '../../ui/i18n-core';
import type { Surface } from '../mount';
import { ask } from '../runtime';
import { type TabReservation, tabReservation } from '../tab-state';

const today = () => new Date().toISOString().slice(0, 10);
const same = (a: TabReservation, b: TabReservation) =>
  a.reservationOrderId === b.reservationOrderId && (a.reservationId ?? '') === (b.reservationId ?? '');

/**
 * core's checklist for this tab's own reservation (never the one last seen in another tab). The background builds it for
 * the reservation named under the session's key, so this tab names its own just before asking, and checks the answer
 * is about it (another tab may have named its own in between: then it asks again).
 */
async function checklistFor(ids: TabReservation, action: 'refund' | 'exchange'): Promise<ChecklistReply> {
  for (let attempt = 0; attempt < 5; attempt++) {
    await ask({
      type: 'session/put',
      key: lastReservationKey,
      value: [ids.reservationOrderId, ids.reservationId ?? ''],
    });
    const reply = await ask({ type: 'checklist/build', action, date: today(), lang: lang() });
    if (reply && same(reply.ids, ids)) return reply;
  }
  return null;
}

interface State {
  action: 'refund' | 'exchange';
  /** undefined while asked, null when this tab has no reservation */
  reply: ChecklistReply | undefined;
  ticked: string[];
  problem: string;
}

function SupportChecklist({
  state,
  choose,
  tick,
}: {
  state: State;
  choose: (action: State['action']) => void;
  tick: (id: string, on: boolean) => void;
}) {
  const { action, reply, ticked, problem } = state;
  return (
    <div data-testid="checklist">
      <h3>{t('checklistTitle')}</h3>
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
                <input type="radio" name="rd-action" value={a} checked={action === a} onChange={() => choose(a)} />
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
    </div>
  );
}

export function showSupportChecklist(surface: Surface, signal: AbortSignal) {
  const ids = tabReservation();
  const state: State = { action: 'refund', reply: undefined, ticked: [], problem: '' };
  const set = (next: Partial<State>) => {
    Object.assign(state, next);
    if (!signal.aborted)
      surface.draw({ title: t('panelTitle') }, <SupportChecklist state={state} choose={choose} tick={tick} />);
  };
  const choose = (action: State['action']) => {
    set({ action });
    if (!ids) return set({ reply: null });
    checklistFor(ids, action)
      .then(async (reply) => {
        const ticked = reply ? await ask({ type: 'session/get', key: checklistKey(reply.key) }) : [];
        set({ reply, ticked });
      })
      .catch((e: Error) => set({ problem: t('storageError', e.message) }));
  };
  // Ticks are kept for the session, per reservation.
  const tick = (id: string, on: boolean) => {
    const reply = state.reply;
    if (!reply) return;
    const ticked = on ? [...state.ticked, id] : state.ticked.filter((x) => x !== id);
    set({ ticked });
    ask({ type: 'session/put', key: checklistKey(reply.key), value: ticked }).catch(() => {});
  };
  choose('refund');
}
