import { now } from "@/lib/clock";
import { publicationStatus, type Article } from "@/lib/content";
import { formatLongDateTime } from "@/lib/dates";
import { t } from "@/lib/strings";

/** Above an article in the editors' preview: a draft, or scheduled for later. */
export function StatusBanner({ article }: { article: Article }) {
  const status = publicationStatus(article, now());
  if (status === "published") return null;
  return (
    <p role="status" className="mb-6 rounded border-2 border-dashed border-accent bg-paper-muted p-4 font-semibold">
      {status === "draft" ? t.draftBanner : t.scheduledBanner(formatLongDateTime(article.publishedAt))}
    </p>
  );
}
