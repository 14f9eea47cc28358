// The picture of a refund over the rest of its term: what the limit would count if asked on each day (it shrinks) and
// the room left under the limit (it steps up when an earlier refund stops counting). Plain SVG, with a table as its
// text alternative; the numbers are core's (timeline.ts), turned into coordinates only here.
import { formatMoney, type Money } from '@refund-desk/core';
import { formatIsoDate } from '../lib/format.js';
import type { Strings } from './strings.js';
import { daysBetween, type Timeline } from './timeline.js';

const W = 600;
const H = 220;
const PAD = 8;

/** A USD amount as a height: the drawing's only use of a number for money. */
const size = (money: Money) => Number(money.amount);

export function TimelineChart({ timeline, t, locale }: { timeline: Timeline; t: Strings; locale: 'en' | 'ko' }) {
  const { points, limit } = timeline;
  const first = points[0]!.date;
  const span = Math.max(1, daysBetween(first, points.at(-1)!.date));
  const top = Math.max(size(limit), ...points.map((p) => Math.max(size(p.counted), size(p.room))));
  const x = (date: string) => PAD + (daysBetween(first, date) / span) * (W - 2 * PAD);
  const y = (money: Money) => H - PAD - (Math.max(0, size(money)) / top) * (H - 2 * PAD);
  const line = (pick: (p: (typeof points)[number]) => Money) =>
    points.map((p) => `${x(p.date).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  const fits = points.find((p) => size(p.counted) <= size(p.room));
  return (
    <figure class="rd-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="rd-chart-title rd-chart-desc"
        preserveAspectRatio="none"
      >
        <title id="rd-chart-title">{t.chartTitle}</title>
        <desc id="rd-chart-desc">{t.chartDesc}</desc>
        <line class="rd-chart-limit" x1={PAD} x2={W - PAD} y1={y(limit)} y2={y(limit)} />
        <polyline class="rd-chart-room" points={line((p) => p.room)} />
        <polyline class="rd-chart-counted" points={line((p) => p.counted)} />
        {fits ? <circle class="rd-chart-fits" cx={x(fits.date)} cy={y(fits.counted)} r="5" /> : null}
      </svg>
      <figcaption>
        <span class="rd-chart-axis">
          <span>{formatIsoDate(first, locale)}</span>
          <span>{formatIsoDate(points.at(-1)!.date, locale)}</span>
        </span>
        <span class="rd-chart-key">
          <span class="rd-key-counted">{t.chartCounted}</span>
          <span class="rd-key-room">{t.chartRoom}</span>
          <span class="rd-key-limit">{formatMoney(limit, locale)}</span>
        </span>
      </figcaption>
      <details class="rd-chart-table">
        <summary>{t.chartTable}</summary>
        <table class="rd-table">
          <caption>{t.chartTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.chartDate}</th>
              <th scope="col">{t.chartPaid}</th>
              <th scope="col">{t.chartCounted}</th>
              <th scope="col">{t.chartRoom}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <th scope="row" data-label={t.chartDate}>
                  {formatIsoDate(p.date, locale)}
                </th>
                <td data-label={t.chartPaid}>{formatMoney(p.paidBack, locale)}</td>
                <td data-label={t.chartCounted}>{formatMoney(p.counted, locale)}</td>
                <td data-label={t.chartRoom}>{formatMoney(p.room, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
