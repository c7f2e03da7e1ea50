import { StatusBadge } from "@/components/article/StatusBadge";
import { RubriqueKicker } from "@/components/cards/RubriqueKicker";
import { LiveMark } from "@/components/live/LiveMark";
import { DateTime } from "@/components/ui/DateTime";
import type { SearchHit } from "@/lib/search";

import { Highlighted } from "./Highlighted";

export function SearchResultList({ results, start }: { results: SearchHit[]; start: number }) {
  return (
    <ol start={start} className="mt-6 divide-y divide-rule">
      {results.map(({ article, titleHighlights, excerpt }) => (
        <li key={article.slug} className="py-5">
          <p className="flex flex-wrap items-baseline gap-x-3 text-sm text-ink-muted">
            <StatusBadge article={article} />
            <LiveMark article={article} />
            <RubriqueKicker rubrique={article.rubrique} />
            <DateTime date={article.publishedAt} />
          </p>
          <h2 className="mt-1 font-serif text-xl leading-snug font-bold">
            <a href={article.url} className="hover:underline">
              <Highlighted segments={titleHighlights} />
            </a>
          </h2>
          <p className="mt-1 leading-relaxed text-ink-muted">
            <Highlighted segments={excerpt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
