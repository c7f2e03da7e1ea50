import { now } from "@/lib/clock";
import { publicationStatus, type Article } from "@/lib/content";
import { t } from "@/lib/strings";

/** "Brouillon" or "Programmé" on a card, in the editors' preview; nothing for a published article. */
export function StatusBadge({ article }: { article: Article }) {
  const status = publicationStatus(article, now());
  if (status === "published") return null;
  return (
    <span className="inline-block w-fit rounded bg-ink px-2 py-0.5 text-xs font-bold tracking-wider text-paper uppercase">
      {status === "draft" ? t.draft : t.scheduled}
    </span>
  );
}
