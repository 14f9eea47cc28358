import { todayUtc } from '@refund-desk/core';
import { useEffect, useState } from 'preact/hooks';
import { ask } from '../../browser';
import type { Customer, RefundRecord } from '../../shapes';
import { Headroom } from '../../ui/EstimateResult';
import { lang, t } from '../../ui/i18n';
import { headroomModel } from '../../ui/model';
import { LimitChart } from './LimitChart';

type Draft = Omit<RefundRecord, 'id'> & { id?: string };
const blank = (tenantId: string): Draft => ({ tenantId, date: todayUtc(), amount: '', reservationId: '', note: '' });

/** Customers and their refunds: list, add, edit, delete; the background validates every write. */
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
  const [customer, setCustomer] = useState<Customer>({ tenantId: focusTenant ?? '', name: '' });
  const [problem, setProblem] = useState('');
  useEffect(() => {
    ask({ type: 'customers/list' }).then(setData, (e: Error) => setProblem(e.message));
  }, [version]);
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setProblem('');
      onChange();
      return true;
    } catch (e) {
      setProblem((e as Error).message);
      return false;
    }
  };
  const saveDraft = async (e: Event) => {
    e.preventDefault();
    if (!draft) return;
    const refund: RefundRecord = {
      id: draft.id ?? crypto.randomUUID(),
      tenantId: draft.tenantId.trim().toLowerCase(),
      date: draft.date,
      amount: draft.amount.trim(),
      ...(draft.reservationId?.trim() && { reservationId: draft.reservationId.trim().toLowerCase() }),
      ...(draft.note?.trim() && { note: draft.note.trim() }),
    };
    if (await act(() => ask({ type: 'refund/put', refund }))) setDraft(null);
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
                onClick={() => act(() => ask({ type: 'customer/delete', tenantId: c.tenantId }))}
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
                  <tr key={r.id}>
                    <td>{r.date}</td>
                    <td>{r.amount}</td>
                    <td>
                      <code>{r.reservationId ?? ''}</code>
                    </td>
                    <td>{r.note ?? ''}</td>
                    <td>
                      <button type="button" class="rd-button" onClick={() => setDraft({ ...r })}>
                        {t('edit')}
                      </button>{' '}
                      <button
                        type="button"
                        class="rd-button"
                        onClick={() => act(() => ask({ type: 'refund/delete', id: r.id }))}
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
        <form class="rd-form" onSubmit={saveDraft} aria-label={t('addRefund')}>
          {(
            [
              ['tenantId', t('customer'), 'text'],
              ['date', t('refundDate'), 'date'],
              ['amount', t('amountUsd'), 'text'],
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
                onInput={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
              />
            </div>
          ))}
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
