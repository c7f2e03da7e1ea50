import { StatusBadge } from "@/components/article/StatusBadge";
import { LiveMark } from "@/components/live/LiveMark";
import type { Article } from "@/lib/content";

/** A headline alone, in a list of titles (« En continu », a rubrique block): its badge under next dev, its link. */
export function Headline({ article }: { article: Article }) {
  return (
    <>
      <StatusBadge article={article} />
      <LiveMark article={article} />
      <h3 className="font-serif text-base leading-snug font-bold">
        <a href={article.url} className="hover:underline">
          {article.title}
        </a>
      </h3>
    </>
  );
}
