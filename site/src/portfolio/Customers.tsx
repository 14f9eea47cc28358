// Per customer: a collapsed line with the limit left and what the plan recovers; opened, the plan (chart, table of
// steps, planned refunds, units not placed) and the reservations. Details are asked of the worker only when a customer
// is opened, and long lists are shown a window at a time, so a book of 10,000 reservations stays light.
import { useState } from 'preact/hooks';
import type { Actions } from './app.js';
import { LimitChart } from './Chart.js';
import { fill } from './fill.js';
import { type CustomerDetail, type Overview, type ReservationRow, ROWS_PAGE, type RowList } from './protocol.js';
import { Scroll } from './Scroll.js';
import type { PageWords } from './strings.js';

const CUSTOMERS = 50;

interface Props {
  overview: Overview;
  details: ReadonlyMap<string, CustomerDetail | null | 'loading'>;
  t: PageWords;
  actions: Actions;
}

export function Customers({ overview, details, t, actions }: Props) {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(CUSTOMERS);
  const wanted = query.trim().toLowerCase();
  const matching = wanted
    ? overview.customers.filter((c) => c.name.toLowerCase().includes(wanted) || c.tenantId.includes(wanted))
    : overview.customers;
  return (
    <section class="rd-pf-section" aria-labelledby="pf-customers">
      <h2 id="pf-customers">{t.customersTitle}</h2>
      <p>{t.customersIntro}</p>
      <p class="rd-pf-total">
        {t.recovered}: <strong>{overview.totals.recovered}</strong> · {t.plannedRefunds}: {overview.totals.actions}
      </p>
      {overview.customers.length > 10 ? (
        <div class="rd-pf-field rd-pf-filter">
          <label for="pf-filter">{t.filter}</label>
          <input
            id="pf-filter"
            type="search"
            value={query}
            onInput={(event) => {
              setQuery((event.currentTarget as HTMLInputElement).value);
              setShown(CUSTOMERS);
            }}
          />
        </div>
      ) : null}
      {matching.length === 0 ? <p>{t.noMatch}</p> : null}
      <ul class="rd-pf-customers">
        {matching.slice(0, shown).map((customer) => (
          <li key={customer.tenantId}>
            <details
              data-tenant={customer.tenantId}
              open={details.has(customer.tenantId)}
              onToggle={(event) => {
                const open = (event.currentTarget as HTMLDetailsElement).open;
                if (open && !details.has(customer.tenantId)) actions.open(customer.tenantId);
                if (!open && details.has(customer.tenantId)) actions.close(customer.tenantId);
              }}
            >
              <summary>
                <span class="rd-pf-name">{customer.name}</span>
                <span class="rd-pf-facts">
                  {fill(t.reservationsCount[customer.reservations === 1 ? 'one' : 'other'], {
                    n: customer.reservations,
                  })}{' '}
                  · {t.figures.remaining}: {customer.remaining} · {t.plannedRefunds}: {customer.actions} (
                  {customer.recovered})
                </span>
              </summary>
              {details.has(customer.tenantId) ? (
                <CustomerPanel
                  detail={details.get(customer.tenantId)}
                  t={t}
                  onMore={(list) => actions.moreRows(customer.tenantId, list)}
                />
              ) : null}
            </details>
          </li>
        ))}
      </ul>
      {matching.length > shown ? (
        <button type="button" onClick={() => setShown(shown + CUSTOMERS)}>
          {fill(t.showCustomers, { n: Math.min(CUSTOMERS, matching.length - shown) })}
        </button>
      ) : null}
    </section>
  );
}

interface PanelProps {
  detail: CustomerDetail | null | 'loading' | undefined;
  t: PageWords;
  onMore: (list: RowList) => void;
}

function CustomerPanel({ detail, t, onMore }: PanelProps) {
  if (detail === 'loading' || detail === undefined) return <p class="rd-pf-note">{t.loading}</p>;
  if (detail === null) return null;
  const id = `pf-c-${detail.tenantId}`;
  return (
    <div class="rd-pf-customer" data-loaded="true">
      <h3 id={`${id}-plan`}>{t.planTitle}</h3>
      {detail.timeline ? (
        <LimitChart id={id} timeline={detail.timeline} actions={detail.actions} t={t} />
      ) : (
        <p class="rd-pf-note">{t.noChart}</p>
      )}
      {detail.actions.length === 0 ? (
        <p>{t.noActions}</p>
      ) : (
        <Scroll labelledBy={`${id}-actions`}>
          <table class="rd-pf-table" data-table="actions">
            <caption id={`${id}-actions`}>{t.plannedRefunds}</caption>
            <thead>
              <tr>
                <th scope="col">{t.dateColumn}</th>
                <th scope="col">{t.reservationColumn}</th>
                <th scope="col" class="rd-num">
                  {t.unitsColumn}
                </th>
                <th scope="col" class="rd-num">
                  {t.figures.refundNow}
                </th>
                <th scope="col" class="rd-num">
                  {t.figures.capUse}
                </th>
                <th scope="col" class="rd-num">
                  {t.chartLeft}
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.actions.map((action, i) => (
                <tr key={i}>
                  <td>
                    <time datetime={action.date}>{action.dateText}</time>
                  </td>
                  <th scope="row">{action.name}</th>
                  <td class="rd-num">{action.quantity}</td>
                  <td class="rd-num">{action.refund}</td>
                  <td class="rd-num">{action.capUse}</td>
                  <td class="rd-num">{action.remainingAfter}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      {detail.unplaced.length > 0 ? (
        <Scroll labelledBy={`${id}-unplaced`}>
          <table class="rd-pf-table" data-table="unplaced">
            <caption id={`${id}-unplaced`}>{t.unplacedTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.reservationColumn}</th>
                <th scope="col" class="rd-num">
                  {t.unitsColumn}
                </th>
                <th scope="col">{t.reasonColumn}</th>
                <th scope="col">{t.exchangeColumn}</th>
              </tr>
            </thead>
            <tbody>
              {detail.unplaced.map((group, i) => (
                <tr key={i}>
                  <th scope="row">{group.name}</th>
                  <td class="rd-num">{group.quantity}</td>
                  <td>{group.reason}</td>
                  <td>{group.exchange}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      ) : null}
      {detail.unplacedTotal > detail.unplaced.length ? (
        <button type="button" onClick={() => onMore('unplaced')}>
          {fill(t.showUnplaced, { n: Math.min(ROWS_PAGE, detail.unplacedTotal - detail.unplaced.length) })}
        </button>
      ) : null}
      <h3 id={`${id}-reservations`}>{t.reservationsTitle}</h3>
      <Scroll labelledBy={`${id}-reservations`}>
        <table class="rd-pf-table" data-table="reservations">
          <thead>
            <tr>
              <th scope="col">{t.reservationColumn}</th>
              <th scope="col" class="rd-num">
                {t.unitsColumn}
              </th>
              <th scope="col">{t.outcomeColumn}</th>
              <th scope="col">{t.suggestedColumn}</th>
            </tr>
          </thead>
          <tbody>
            {detail.reservations.map((row) => (
              <ReservationLine key={row.reservationId} row={row} t={t} />
            ))}
          </tbody>
        </table>
      </Scroll>
      {detail.reservationsTotal > detail.reservations.length ? (
        <button type="button" onClick={() => onMore('reservations')}>
          {fill(t.showRows, { n: Math.min(ROWS_PAGE, detail.reservationsTotal - detail.reservations.length) })}
        </button>
      ) : null}
    </div>
  );
}

function ReservationLine({ row, t }: { row: ReservationRow; t: PageWords }) {
  const outcome = row.outcome === 'allowed' ? t.allowed : row.outcome === 'refused' ? t.refused : t.notEstimated;
  return (
    <tr data-reservation={row.reservationId} data-outcome={row.outcome}>
      <th scope="row">
        {row.name}
        <span class="rd-pf-product">{row.product}</span>
        <span class="rd-pf-id">{row.reservationId}</span>
      </th>
      <td class="rd-num">{row.units || ''}</td>
      <td>
        <span class={row.outcome === 'allowed' ? 'rd-pf-ok' : 'rd-pf-no'}>{outcome}</span>
        {row.refundNow ? (
          <dl class="rd-pf-figures">
            <dt>{t.figures.refundNow}</dt>
            <dd>{row.refundNow}</dd>
            <dt>{t.figures.capUse}</dt>
            <dd>{row.capUse}</dd>
          </dl>
        ) : null}
        {row.reasons.length > 0 ? (
          <ul class="rd-pf-reasons">
            {row.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </td>
      <td>
        {row.suggested > 0 ? fill(t.suggestedUnits, { n: row.suggested }) : t.suggestedNone}
        {row.suggestedRefund ? (
          <dl class="rd-pf-figures">
            <dt>{t.figures.refundNow}</dt>
            <dd>{row.suggestedRefund}</dd>
            <dt>{t.figures.capUse}</dt>
            <dd>{row.suggestedCapUse}</dd>
          </dl>
        ) : null}
      </td>
    </tr>
  );
}
