import { describeProblem, estimateRefund, supportChecklist, todayUtc } from '@refund-desk/core';
import type { ChecklistReply, Message, Replies } from '../messages';
import { emptyInputs, lastReservationKey } from '../shapes';
import { estimate, toReservation } from '../ui/estimate';
import { setLang, t } from '../ui/i18n';
import { estimateModel, headroomModel, isTenantId } from '../ui/model';
import { corrected, ledgerOf } from './book-view';
import { type Db, getCustomer, getInputs, getSettings, listRefunds } from './db';
import { type LookupFacts, readLookup } from './lookup-read';

// Answers that need core: computed here so content scripts carry no money code. Each reads the ledger and settings
// itself rather than trusting a page to send them.
type Of<T extends Message['type']> = Extract<Message, { type: T }>;

export async function answerEstimate(db: Db, m: Of<'estimate/refund'>): Promise<Replies['estimate/refund']> {
  setLang(m.lang);
  const settings = await getSettings(db);
  const tenant = m.inputs.customer.trim().toLowerCase();
  const refunds = isTenantId(tenant) ? await listRefunds(db, tenant) : [];
  return estimateModel(m.inputs, m.ids, m.date, refunds, settings, m.lang, t('required'));
}

export async function answerHeadroom(db: Db, m: Of<'headroom/get'>): Promise<Replies['headroom/get']> {
  const tenant = m.tenantId.toLowerCase();
  const refunds = await listRefunds(db, tenant);
  return {
    name: (await getCustomer(db, tenant))?.name ?? '',
    refunds: refunds.length,
    headroom: headroomModel(m.date, refunds, m.lang),
  };
}

export async function answerChecklist(
  db: Db,
  session: { get(key: string): Promise<string[]> },
  m: Of<'checklist/build'>,
): Promise<ChecklistReply> {
  setLang(m.lang);
  const [orderId = '', reservationId = ''] = await session.get(lastReservationKey);
  if (!orderId) return null;
  const ids = { reservationOrderId: orderId, ...(reservationId && { reservationId }) };
  const key = reservationId || orderId;
  const booked = await readLookup(db, ids);
  if (booked) return checklistFromBook(booked, key, m);
  const inputs = (await getInputs(db, key)) ?? emptyInputs();
  const settings = await getSettings(db);
  const tenant = inputs.customer.trim().toLowerCase();
  const refunds = isTenantId(tenant) ? await listRefunds(db, tenant) : [];
  const name = isTenantId(tenant) ? ((await getCustomer(db, tenant))?.name ?? '') : '';
  const customer = [name, tenant].filter(Boolean).join(' ');
  // With complete inputs the description carries the estimate; without, the checklist still lists every step.
  const estimated = estimate(inputs, ids, m.date || todayUtc(), refunds, settings, m.lang, t('required'));
  const chosen = estimated.ok ? (m.action === 'refund' ? estimated.value.refund : estimated.value.exchange) : null;
  const result = supportChecklist({
    action: m.action,
    reservation: estimated.ok ? toReservation(inputs, ids) : ids,
    ...(customer && { customer }),
    ...(chosen && { estimate: chosen }),
    locale: m.lang,
  });
  return {
    key,
    ids,
    checklist: result.ok ? result.value : null,
    problems: result.ok ? [] : result.errors.map((e) => describeProblem(e, m.lang)),
  };
}

/**
 * The checklist of a reservation in the book: its facts with the agent's corrections, its customer (name and tenant)
 * and core's refund estimate for the day asked, so nothing has to be typed. An exchange carries no estimate: the book
 * does not hold what is bought in exchange.
 */
function checklistFromBook(facts: LookupFacts, key: string, m: Of<'checklist/build'>): ChecklistReply {
  const { row, correction, tenantId, settings, customer, refunds } = facts;
  const reservation = corrected(row.reservation, correction);
  const date = m.date || todayUtc();
  const assigned = tenantId !== 'unassigned';
  const named = assigned ? [customer?.name ?? '', tenantId].filter(Boolean).join(' ') : '';
  const estimated =
    m.action === 'refund'
      ? estimateRefund({
          date,
          reservation,
          ledger: ledgerOf(refunds),
          policy: settings.policy,
          fee: settings.whatIfFee ? 'charge' : 'policy',
        })
      : null;
  const result = supportChecklist({
    action: m.action,
    reservation,
    date,
    ...(named && { customer: named }),
    ...(estimated?.ok && { estimate: estimated.value }),
    locale: m.lang,
  });
  const ids = { reservationOrderId: row.reservationOrderId, reservationId: row.reservationId };
  return {
    key,
    ids,
    checklist: result.ok ? result.value : null,
    problems: [
      ...(estimated && !estimated.ok ? estimated.errors.map((e) => describeProblem(e, m.lang)) : []),
      ...(result.ok ? [] : result.errors.map((e) => describeProblem(e, m.lang))),
    ],
  };
}
