import { formatDate } from "@/lib/format";
import { continuousMonths, type MonthCount } from "@/lib/timeline";

const WIDTH = 360;
const HEIGHT = 150;
const PAD = { top: 12, right: 8, bottom: 28, left: 28 };

/** Statements per month as a plain SVG bar chart, with a table equivalent for screen readers. */
export function TimelineChart({ counts }: { counts: readonly MonthCount[] }) {
  const months = continuousMonths(counts);
  if (months.length === 0) return <p className="muted">No dated statements yet.</p>;
  const max = Math.max(...months.map((m) => m.count), 1);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const step = innerW / months.length;
  const barW = Math.max(2, Math.min(28, step * 0.7));
  const labelEvery = Math.ceil(months.length / 5);
  return (
    <figure className="timeline" style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="timeline-title">
        <title id="timeline-title">Statements per month</title>
        <line
          x1={PAD.left}
          x2={WIDTH - PAD.right}
          y1={PAD.top + innerH}
          y2={PAD.top + innerH}
          stroke="#8a939d"
        />
        <text x={PAD.left - 6} y={PAD.top + 4} textAnchor="end">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + innerH} textAnchor="end">
          0
        </text>
        {months.map((m, i) => {
          const h = (m.count / max) * innerH;
          const x = PAD.left + i * step + (step - barW) / 2;
          return (
            <g key={m.month}>
              <rect className="bar" x={x} y={PAD.top + innerH - h} width={barW} height={h}>
                <title>{`${formatDate(m.month)}: ${m.count}`}</title>
              </rect>
              {i % labelEvery === 0 ? (
                <text x={x + barW / 2} y={HEIGHT - 8} textAnchor="middle">
                  {formatDate(m.month)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details className="small">
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Statements</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <td>{formatDate(m.month)}</td>
                <td>{m.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
