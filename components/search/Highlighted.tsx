import type { Highlight } from "@/lib/search";

/** Text with the matched words in <mark>; React escapes every segment. */
export function Highlighted({ segments }: { segments: Highlight[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-ink dark:bg-yellow-700/60">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
