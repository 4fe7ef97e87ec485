/**
 * The explorer's view at a glance, above the list: statements over time and the top speakers of
 * the current filter. Drawn with visx (scales and shapes as plain SVG, rendered on the server, so
 * the charts need no script); every bar is a link that narrows the view.
 */
import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { formatDate } from "@/lib/format";
import { monthEnd, type QuoteFilterInput, quotesHref } from "@/lib/quote-filter";
import { continuousMonths } from "@/lib/timeline";

const W = 560;
const H = 190;
const M = { top: 10, right: 10, bottom: 36, left: 36 };

function OverTime({
  months,
  filter,
}: {
  months: readonly { value: string; count: number }[];
  filter: QuoteFilterInput;
}) {
  const data = continuousMonths(
    months.map((m) => ({ month: m.value, count: m.count })),
    60,
  );
  if (data.length === 0) return <p className="muted small">No dated statements.</p>;
  const x = scaleBand({
    domain: data.map((d) => d.month),
    range: [0, W - M.left - M.right],
    padding: 0.2,
  });
  const max = Math.max(...data.map((d) => d.count), 1);
  const y = scaleLinear({ domain: [0, max], range: [H - M.top - M.bottom, 0], nice: true });
  const every = Math.ceil(data.length / 6);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-time-title" className="chart">
      <title id="chart-time-title">Statements per month</title>
      <Group left={M.left} top={M.top}>
        {data.map((d) => {
          const top = y(d.count) ?? 0;
          const label = `${formatDate(d.month)}: ${d.count} statements`;
          return (
            <a
              key={d.month}
              href={quotesHref({ ...filter, from: `${d.month}-01`, to: monthEnd(d.month) })}
              aria-label={label}
              data-testid="chart-month"
            >
              <title>{label}</title>
              <Bar
                x={x(d.month)}
                y={top}
                width={x.bandwidth()}
                height={Math.max(0, y(0) - top)}
                className="chart-bar"
              />
              {/* A full-height target, so thin bars stay easy to hit on a phone. */}
              <rect x={x(d.month)} y={0} width={x.bandwidth()} height={y(0)} fill="transparent" />
            </a>
          );
        })}
        <AxisLeft
          scale={y}
          numTicks={4}
          tickFormat={(v) => String(v)}
          tickLabelProps={{ fontSize: 12, fill: "#555e69" }}
          stroke="#8a939d"
          tickStroke="#8a939d"
        />
        <AxisBottom
          top={y(0)}
          scale={x}
          tickValues={data.map((d) => d.month).filter((_, i) => i % every === 0)}
          tickFormat={(m) => formatDate(m) ?? m}
          tickLabelProps={{ fontSize: 12, fill: "#555e69", textAnchor: "middle" }}
          stroke="#8a939d"
          tickStroke="#8a939d"
        />
      </Group>
    </svg>
  );
}

function TopSpeakers({
  speakers,
  filter,
}: {
  speakers: readonly { value: string; label: string | null; count: number }[];
  filter: QuoteFilterInput;
}) {
  const top = speakers.slice(0, 8);
  if (top.length === 0) return <p className="muted small">No named speakers.</p>;
  const rowH = 24;
  const labelW = 170;
  const height = top.length * rowH + 8;
  const x = scaleLinear({
    domain: [0, Math.max(...top.map((s) => s.count), 1)],
    range: [0, W - labelW - 50],
  });
  return (
    <svg
      viewBox={`0 0 ${W} ${height}`}
      role="img"
      aria-labelledby="chart-speakers-title"
      className="chart"
    >
      <title id="chart-speakers-title">Top speakers</title>
      {top.map((s, i) => {
        const name = s.label ?? "Unnamed";
        return (
          <a
            key={s.value}
            href={quotesHref({ ...filter, speakerId: [s.value] })}
            aria-label={`${name}: ${s.count} statements`}
            data-testid="chart-speaker"
          >
            <title>{`${name}: ${s.count} statements`}</title>
            <text x={labelW - 8} y={i * rowH + 17} textAnchor="end" className="chart-label">
              {name.length > 24 ? `${name.slice(0, 23)}…` : name}
            </text>
            <Bar
              x={labelW}
              y={i * rowH + 4}
              width={Math.max(2, x(s.count))}
              height={rowH - 8}
              className="chart-bar"
            />
            <text x={labelW + x(s.count) + 6} y={i * rowH + 17} className="chart-label">
              {s.count}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

/** Both charts for a filter, from its facets (months and speakers). */
export function ViewCharts(props: {
  filter: QuoteFilterInput;
  months: readonly { value: string; count: number }[];
  speakers: readonly { value: string; label: string | null; count: number }[];
}) {
  return (
    <section className="view-charts" aria-label="This view at a glance">
      <figure>
        <figcaption>Statements over time</figcaption>
        <OverTime months={props.months} filter={props.filter} />
      </figure>
      <figure>
        <figcaption>Top speakers</figcaption>
        <TopSpeakers speakers={props.speakers} filter={props.filter} />
      </figure>
    </section>
  );
}
