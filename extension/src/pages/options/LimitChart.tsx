import { formatMoney } from '@refund-desk/core';
import type { RefundRecord } from '../../shapes';
import { headroom } from '../../ui/estimate';
import { lang, t } from '../../ui/i18n';

const dayMs = 86_400_000;

/** The limit left on each of the next 365 days, each point core's capStatus for that day. */
export function LimitChart({ refunds, today }: { refunds: RefundRecord[]; today: string }) {
  const start = Date.parse(`${today}T00:00:00Z`);
  // The line's geometry only: the figures shown are core's, formatted by core.
  const points: { date: string; left: number; max: number; text: string }[] = [];
  for (let d = 0; d < 365; d += 7) {
    const date = new Date(start + d * dayMs).toISOString().slice(0, 10);
    const status = headroom(date, refunds);
    if (status)
      points.push({
        date,
        left: Number(status.remaining.amount),
        max: Number(status.maxRefundLimit.amount),
        text: formatMoney(status.remaining, lang()),
      });
  }
  if (!points.length) return null;
  const max = Math.max(...points.map((p) => p.max));
  const line = points.map((p, i) => `${(i / (points.length - 1)) * 100},${100 - (p.left / max) * 100}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <figure>
      <svg class="rd-chart" viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-label={t('limitChart')}>
        <polyline points={line} vector-effect="non-scaling-stroke" />
      </svg>
      <figcaption>
        {t('limitChart')}: {first.date} {first.text} → {last.date} {last.text}
      </figcaption>
    </figure>
  );
}
