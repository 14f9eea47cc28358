// The limit left over the next 365 days as an SVG step line, the planned refunds marked on it; no chart library. The
// picture has a title and a description, and the same steps are in a table beside it for anyone who does not see it.
import { chartGeometry } from './chart.js';
import { fill } from './fill.js';
import type { ActionRow, TimelineView } from './protocol.js';
import { Scroll } from './Scroll.js';
import type { PageWords } from './strings.js';

const WIDTH = 720;
const HEIGHT = 250;
const PLOT = { left: 12, top: 38, width: 696, height: 172 };

interface Props {
  id: string;
  timeline: TimelineView;
  actions: ActionRow[];
  t: PageWords;
}

export function LimitChart({ id, timeline, actions, t }: Props) {
  const geometry = chartGeometry(
    timeline.steps,
    actions.map((action) => action.date),
    timeline.from,
    timeline.days,
    timeline.limitCents,
    PLOT,
  );
  const first = timeline.steps[0];
  const description = fill(t.chartDesc, {
    start: first?.remaining ?? '',
    from: first?.dateText ?? '',
    count: actions.length,
    lowest: timeline.lowest,
  });
  return (
    <figure class="rd-pf-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-chart-title ${id}-chart-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-chart-title`}>{t.chartTitle}</title>
        <desc id={`${id}-chart-desc`}>{description}</desc>
        <g transform={`translate(${PLOT.left} ${PLOT.top})`}>
          {geometry.grid.map((line) => (
            <line key={line.share} class="rd-pf-grid" x1={0} x2={PLOT.width} y1={line.y} y2={line.y} />
          ))}
          <path class="rd-pf-area" d={geometry.area} />
          <path class="rd-pf-line" d={geometry.line} />
          {geometry.markers.map((marker, i) => (
            <g key={i} class="rd-pf-marker">
              <title>{`${actions[i]?.dateText}: ${actions[i]?.name} (${actions[i]?.capUse})`}</title>
              <line x1={marker.x} x2={marker.x} y1={0} y2={PLOT.height} />
              <circle cx={marker.x} cy={marker.y} r={6} />
            </g>
          ))}
          <text class="rd-pf-label" x={0} y={-10}>
            {t.figures.limit}: {timeline.limit}
          </text>
          {timeline.ticks.map((tick, i) => (
            <text
              key={tick.date}
              class={i === 0 || i === timeline.ticks.length - 1 ? 'rd-pf-label' : 'rd-pf-label rd-pf-mid'}
              x={i === 0 ? 0 : i === timeline.ticks.length - 1 ? PLOT.width : (PLOT.width * i) / 4}
              y={PLOT.height + 24}
              text-anchor={i === 0 ? 'start' : i === timeline.ticks.length - 1 ? 'end' : 'middle'}
            >
              {tick.text}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>
        <Scroll labelledBy={`${id}-steps`}>
          <table class="rd-pf-table" data-table="steps">
            <caption id={`${id}-steps`}>{t.chartTable}</caption>
            <thead>
              <tr>
                <th scope="col">{t.chartFrom}</th>
                <th scope="col" class="rd-num">
                  {t.chartLeft}
                </th>
                <th scope="col">{t.chartEvent}</th>
              </tr>
            </thead>
            <tbody>
              {timeline.steps.map((step, i) => (
                <tr key={i}>
                  <th scope="row">
                    <time datetime={step.date}>{step.dateText}</time>
                  </th>
                  <td class="rd-num">{step.remaining}</td>
                  <td>{step.event}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </figcaption>
    </figure>
  );
}
