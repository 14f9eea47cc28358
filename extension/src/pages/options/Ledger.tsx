import { figureLabel, LEDGER_NOTE, todayUtc } from '@refund-desk/core';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../browser';
import type { Customer, PlausibilityFlag, RefundRecord } from '../../shapes';
import { Headroom } from '../../ui/EstimateResult';
import { lang, t } from '../../ui/i18n';
import { headroomModel } from '../../ui/model';
import { LimitChart } from './LimitChart';
import { typedAmountHint, w } from './words';

type Draft = Omit<RefundRecord, 'id'> & { id?: string; currency: string };
const blank = (tenantId: string): Draft => ({
  tenantId,
  date: todayUtc(),
  amount: '',
  reservationId: '',
  note: '',
  currency: 'USD',
});

/** What the ledger counted and why: core's note names the figure (ledgerEntryFromEstimate); a seeded entry its invoice. */
function noteOf(note: string | undefined): string {
  if (!note) return '';
  if (note === LEDGER_NOTE) return w('figureNote', figureLabel('policyResult.capUse', lang(), 'refund'));
  return note;
}

type Pending =
  | { kind: 'customer'; customer: Customer; refunds: number }
  | { kind: 'refund'; refund: RefundRecord }
  | null;

/** Customers and their refunds: list, add, edit, delete (asked first, undoable); the background validates every write. */
export function Ledger({
  version,
  onChange,
  focusTenant,
}: {
  version: number;
  onChange(): void;
  focusTenant?: string;
}) {
  const [data, setData] = useState<{ customers: Customer[]; refunds: RefundRecord[] }>({ customers: [], refunds: [] });
  const [draft, setDraft] = useState<Draft | null>(focusTenant ? blank(focusTenant) : null);
  const [flags, setFlags] = useState<PlausibilityFlag[]>([]);
  const [customer, setCustomer] = useState<Customer>({ tenantId: focusTenant ?? '', name: '' });
  const [pending, setPending] = useState<Pending>(null);
  const [undo, setUndo] = useState<{ token: string; text: string } | null>(null);
  const [problem, setProblem] = useState('');
  useEffect(() => {
    ask({ type: 'customers/list' }).then(setData, (e: Error) => setProblem(e.message));
  }, [version]);
  const act = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await work();
      setProblem('');
      onChange();
      return value;
    } catch (e) {
      setProblem((e as Error).message);
      return undefined;
    }
  };
  const saveDraft = async (confirmed: boolean) => {
    if (!draft) return;
    const refund: RefundRecord = {
      id: draft.id ?? crypto.randomUUID(),
      tenantId: draft.tenantId.trim().toLowerCase(),
      date: draft.date,
      amount: draft.amount.trim(),
      ...(draft.reservationId?.trim() && { reservationId: draft.reservationId.trim().toLowerCase() }),
      ...(draft.note?.trim() && { note: draft.note.trim() }),
    };
    const currency = draft.currency.trim().toUpperCase() || 'USD';
    const reply = await act(() => ask({ type: 'refund/put', refund, currency, ...(confirmed && { confirmed }) }));
    if (!reply) return;
    if (!reply.saved) {
      setFlags(reply.flags);
      return;
    }
    setFlags([]);
    setDraft(null);
    setUndo({ token: reply.undo, text: w('recorded') });
  };
  const confirmDelete = async () => {
    if (!pending) return;
    const reply =
      pending.kind === 'customer'
        ? await act(() => ask({ type: 'customer/delete', tenantId: pending.customer.tenantId }))
        : await act(() => ask({ type: 'refund/delete', id: pending.refund.id }));
    setPending(null);
    if (reply) setUndo({ token: reply.undo, text: w('deleted') });
  };
  const today = todayUtc();
  return (
    <section aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('ledgerTitle')}</h2>
      {problem && (
        <p class="rd-error" role="alert">
          {problem}
        </p>
      )}
      {undo && (
        <p role="status" data-testid="undo-bar">
          {undo.text}{' '}
          <button
            type="button"
            class="rd-button"
            onClick={async () => {
              const token = undo.token;
              setUndo(null);
              await act(() => ask({ type: 'refund/undo', token }));
            }}
          >
            {w('undo')}
          </button>
        </p>
      )}
      {pending && (
        <div role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm-delete">
          <p id="confirm-text">
            {pending.kind === 'customer'
              ? w('confirmDeleteCustomer', pending.customer.name || pending.customer.tenantId, pending.refunds)
              : w('confirmDeleteRefund', pending.refund.amount, pending.refund.date)}
          </p>
          <button type="button" class="rd-button" onClick={confirmDelete}>
            {t('delete')}
          </button>{' '}
          <button type="button" class="rd-button" onClick={() => setPending(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <form
        class="rd-row"
        onSubmit={(e) => {
          e.preventDefault();
          act(() =>
            ask({ type: 'customer/put', customer: { tenantId: customer.tenantId.trim(), name: customer.name.trim() } }),
          );
        }}
      >
        <label for="c-tenant">{t('customer')}</label>
        <input
          id="c-tenant"
          value={customer.tenantId}
          onInput={(e) => setCustomer({ ...customer, tenantId: e.currentTarget.value })}
        />
        <label for="c-name">{t('customerName')}</label>
        <input
          id="c-name"
          value={customer.name}
          onInput={(e) => setCustomer({ ...customer, name: e.currentTarget.value })}
        />
        <button type="submit" class="rd-button">
          {t('addCustomer')}
        </button>
      </form>
      {data.customers.map((c) => {
        const refunds = data.refunds.filter((r) => r.tenantId === c.tenantId);
        const status = headroomModel(today, refunds, lang());
        return (
          <article key={c.tenantId} data-tenant={c.tenantId}>
            <h3>
              {c.name || c.tenantId} <code>{c.tenantId}</code>{' '}
              <button type="button" class="rd-button" onClick={() => setDraft(blank(c.tenantId))}>
                {t('addRefund')}
              </button>{' '}
              <button
                type="button"
                class="rd-button"
                data-testid="delete-customer"
                onClick={() => setPending({ kind: 'customer', customer: c, refunds: refunds.length })}
              >
                {t('delete')}
              </button>
            </h3>
            {status && <Headroom model={status} />}
            <LimitChart refunds={refunds} today={today} />
            <table>
              <thead>
                <tr>
                  <th>{t('refundDate')}</th>
                  <th>{t('amountUsd')}</th>
                  <th>{t('reservationId')}</th>
                  <th>{t('note')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {refunds.map((r) => (
                  <tr key={r.id} data-refund={r.id}>
                    <td>{r.date}</td>
                    <td data-testid="refund-amount">{r.amount}</td>
                    <td>
                      <code>{r.reservationId ?? ''}</code>
                    </td>
                    <td data-testid="refund-note">{noteOf(r.note)}</td>
                    <td>
                      <button
                        type="button"
                        class="rd-button"
                        onClick={() =>
                          setDraft({ ...r, currency: 'USD', note: r.note === LEDGER_NOTE ? r.note : (r.note ?? '') })
                        }
                      >
                        {t('edit')}
                      </button>{' '}
                      <button
                        type="button"
                        class="rd-button"
                        data-testid="delete-refund"
                        onClick={() => setPending({ kind: 'refund', refund: r })}
                      >
                        {t('delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        );
      })}
      {draft && (
        <form
          class="rd-form"
          onSubmit={(e) => {
            e.preventDefault();
            saveDraft(false);
          }}
          aria-label={t('addRefund')}
        >
          {(
            [
              ['tenantId', t('customer'), 'text'],
              ['date', t('refundDate'), 'date'],
              ['amount', t('amountUsd'), 'text'],
              ['currency', w('currency'), 'text'],
              ['reservationId', t('reservationId'), 'text'],
              ['note', t('note'), 'text'],
            ] as const
          ).map(([field, label, type]) => (
            <div class="rd-field" key={field}>
              <label for={`d-${field}`}>{label}</label>
              <input
                id={`d-${field}`}
                type={type}
                value={draft[field] ?? ''}
                onInput={(e) => {
                  setFlags([]);
                  setDraft({ ...draft, [field]: e.currentTarget.value });
                }}
              />
              {field === 'amount' && (
                <p class="rd-hint" data-testid="amount-hint">
                  {typedAmountHint()}
                </p>
              )}
            </div>
          ))}
          {flags.length > 0 && (
            <div role="alert" data-testid="refund-flags">
              <ul>
                {flags.map((f) => (
                  <li key={f.code} data-code={f.code}>
                    {f.message}
                  </li>
                ))}
              </ul>
              <button type="button" class="rd-button" onClick={() => saveDraft(true)}>
                {w('keepAnyway')}
              </button>
            </div>
          )}
          <button type="submit" class="rd-button">
            {t('save')}
          </button>
          <button type="button" class="rd-button" onClick={() => setDraft(null)}>
            {t('cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
