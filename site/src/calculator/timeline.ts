// The picture's figures: the same refund asked on later days until the term ends (core's estimateRefund on each date)
// and the room left under the limit on those days (core's capStatus, whose refills step it up). Nothing is computed here.
import { capStatus, estimateRefund, type Money, type RefundEstimate, type RefundRequest } from '@refund-desk/core';

export interface TimelinePoint {
  date: string;
  /** Paid back if asked that day (billing currency). */
  paidBack: Money;
  /** What the limit would count that day (USD, R-cap.2). */
  counted: Money;
  /** Left under the limit that day, before this refund (USD, R-cap.4). */
  room: Money;
}

export interface Timeline {
  points: TimelinePoint[];
  limit: Money;
}

const DAY = 86_400_000;

/** A UTC calendar day n days after an ISO day (R-time.1); only picks the sample dates. */
export function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/**
 * Samples from the request date to the term's last day: evenly spread, plus the day before and the day of each refill
 * (so the step shows) and the day the whole request fits. Null when the estimate has no days left to show.
 */
export function refundTimeline(request: RefundRequest, estimate: RefundEstimate, samples = 12): Timeline | null {
  const last = estimate.remainingDays - 1;
  if (last < 1) return null;
  const ledger = request.ledger ?? [];
  const offsets = new Set<number>();
  for (let i = 0; i <= samples; i++) offsets.add(Math.round((last * i) / samples));
  const today = capStatus({ date: request.date, ledger });
  for (const refill of today.ok ? today.value.refills : []) {
    const at = daysBetween(request.date, refill.date);
    if (at > 0 && at <= last) offsets.add(at - 1).add(at);
  }
  const fits = estimate.policyResult.fitsOn;
  if (fits) offsets.add(daysBetween(request.date, fits));
  const points: TimelinePoint[] = [];
  for (const offset of [...offsets].filter((o) => o >= 0 && o <= last).sort((a, b) => a - b)) {
    const date = addDaysIso(request.date, offset);
    const refund = estimateRefund({ ...request, date });
    const room = capStatus({ date, ledger });
    if (!refund.ok || !room.ok) continue;
    points.push({
      date,
      paidBack: refund.value.billingRefundAmount,
      counted: refund.value.policyResult.capUse,
      room: room.value.remaining,
    });
  }
  return points.length > 1 ? { points, limit: estimate.policyResult.maxRefundLimit } : null;
}
