import type { BookCustomerView } from '../../shapes';
import { HeadroomLine } from '../../ui/EstimateFigures';
import { lang, t } from '../../ui/i18n-core';
import type { Surface } from '../mount';
import { ask, onChange } from '../runtime';

const today = () => new Date().toISOString().slice(0, 10);

/** On a Partner Center customer page: that customer's reservations from the book valued today, the limit's headroom
 * and the plan's next refunds (all computed by core in the background). */
function CustomerView({ view }: { view: BookCustomerView }) {
  const open = () => ask({ type: 'options/open', tenantId: view.customer.tenantId }).catch(() => {});
  return (
    <div data-testid="customer-view">
      {view.headroom && <HeadroomLine model={view.headroom} />}
      <h3>{t('customerReservations')}</h3>
      {view.reservations.length === 0 ? (
        <p>{t('noCustomerReservations')}</p>
      ) : (
        <table class="rd-table" data-testid="customer-reservations">
          <thead>
            <tr>
              <th scope="col">{t('checklistReservation')}</th>
              <th scope="col">{t('refundNowColumn')}</th>
              <th scope="col">{t('suggestedColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {view.reservations.map((r) => (
              <tr key={r.reservationId} data-reservation={r.reservationId}>
                <td>{r.displayName ?? r.reservationId}</td>
                <td data-testid="refund-now">
                  {r.estimate.figures.find((f) => f.path === 'billingRefundAmount')?.value ??
                    r.estimate.reasons[0] ??
                    ''}
                </td>
                <td>{r.suggestedReturn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {view.totals && <p data-testid="totals">{t('totals', view.totals.refundNow, view.totals.capUse)}</p>}
      <h3>{t('planTitle')}</h3>
      {view.plan?.actions.length ? (
        <>
          <ol data-testid="plan">
            {view.plan.actions.slice(0, 5).map((a, i) => (
              <li key={i}>{a.text}</li>
            ))}
          </ol>
          <p>{t('planRecovered', view.plan.recovered)}</p>
        </>
      ) : (
        <p>{t('planNone')}</p>
      )}
      {view.problems.map((p) => (
        <p key={p} class="rd-error">
          {p}
        </p>
      ))}
      <button type="button" class="rd-button" onClick={open}>
        {t('openBook')}
      </button>
    </div>
  );
}

export function showPartnerBanner(tenantId: string, surface: Surface, signal: AbortSignal) {
  let view: BookCustomerView | null = null;
  let problem = '';
  const draw = () =>
    !signal.aborted &&
    surface.draw(
      { title: t('bannerTitle'), customer: view?.customer.name || tenantId },
      <>
        {problem && <p class="rd-error">{problem}</p>}
        {view && <CustomerView view={view} />}
      </>,
    );
  // Carried to the portal tabs opened from here: their panels then name this customer.
  ask({ type: 'customer/context', tenantId }).catch(() => {});
  const load = () =>
    ask({ type: 'book/customer', tenantId, date: today(), lang: lang() }).then(
      (v) => {
        if (v.customer.name && v.customer.name !== view?.customer.name)
          ask({ type: 'customer/context', tenantId, name: v.customer.name }).catch(() => {});
        view = v;
        draw();
      },
      (e: Error) => {
        problem = t('storageError', e.message);
        draw();
      },
    );
  draw();
  load();
  const stop = onChange(load, ['ledger', 'book', 'corrections', 'customers']);
  signal.addEventListener('abort', stop, { once: true });
}
