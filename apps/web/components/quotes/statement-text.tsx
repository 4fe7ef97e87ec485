import { type StatementPiece, statementSegments } from "@/lib/statement-pieces";

/**
 * The words of a statement: its head piece alone, or all its pieces when the parser marked several
 * (split parts joined by "…", quoted words inside a reported clause highlighted).
 */
export function StatementText({
  text,
  pieces,
}: {
  text: string;
  pieces: readonly {
    id: string;
    text: string | null;
    start: number | null;
    end: number | null;
  }[];
}) {
  const usable: StatementPiece[] = pieces.flatMap((p) =>
    p.text != null && p.start != null && p.end != null
      ? [{ id: p.id, text: p.text, start: p.start, end: p.end }]
      : [],
  );
  if (usable.length < 2) return <>{text}</>;
  return (
    <span data-testid="statement-pieces" data-pieces={usable.length}>
      {statementSegments(usable).map((segment, i) => {
        const key = `${segment.type}-${i}`;
        if (segment.type === "gap")
          return (
            <span key={key} className="muted">
              {" "}
              …{" "}
            </span>
          );
        if (segment.type === "nested")
          return (
            <mark key={key} className="statement-piece" title="Quoted words">
              {segment.text}
            </mark>
          );
        return <span key={key}>{segment.text}</span>;
      })}
    </span>
  );
}
