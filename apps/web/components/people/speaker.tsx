import Link from "next/link";
import { countryName, enumLabel, flagEmoji } from "@/lib/format";

/** A country flag with its name for assistive technology. */
export function Flag({ code }: { code: string | null | undefined }) {
  const flag = flagEmoji(code);
  if (!flag) return null;
  // The code beside the emoji: some systems (Windows) draw flag emoji as two letters or boxes.
  return (
    <span className="flag" title={countryName(code)}>
      <span aria-hidden="true">{flag}</span>
      <abbr className="country-code" title={countryName(code)}>
        {code?.toUpperCase()}
      </abbr>
    </span>
  );
}

/** The speaker of a statement: flag, linked name, role, category; or the unnamed source label. */
export function SpeakerLine({
  speaker,
  label,
}: {
  speaker: {
    id: string;
    name: string | null;
    role: string | null;
    organization: string | null;
    country: string | null;
    category: string | null;
  } | null;
  label: string | null;
}) {
  if (!speaker) {
    return (
      <span>
        <span className="speaker">{label ?? "Unattributed"}</span>{" "}
        <span className="badge">unnamed source</span>
      </span>
    );
  }
  const role = [speaker.role, speaker.organization].filter(Boolean).join(", ");
  return (
    <span>
      <Flag code={speaker.country} />{" "}
      <Link className="speaker" href={`/people/${encodeURIComponent(speaker.id)}`} prefetch={false}>
        {speaker.name ?? "Unnamed"}
      </Link>
      {role ? <span className="muted">, {role}</span> : null}{" "}
      {speaker.category ? <span className="badge">{enumLabel(speaker.category)}</span> : null}
    </span>
  );
}
