import { CardRow } from "@/components/cards/CardRow";
import type { Article } from "@/lib/content";

export function RelatedArticles({ title, articles }: { title: string; articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="a-lire" className="mt-14 border-t-2 border-ink pt-4 print:hidden">
      <h2 id="a-lire" className="mb-6 font-serif text-2xl font-bold">
        {title}
      </h2>
      <CardRow articles={articles} />
    </section>
  );
}
