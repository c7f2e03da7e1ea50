import Link from "next/link";

import type { Article } from "@/lib/content";
import { t } from "@/lib/strings";

/** "Accueil › Politique › <headline>". */
export function Breadcrumb({ article }: { article: Article }) {
  return (
    <nav aria-label={t.breadcrumb} className="mb-4 text-sm text-ink-muted print:hidden">
      <ol className="flex flex-wrap gap-x-2">
        <li>
          <Link href="/" className="hover:underline">
            {t.home}
          </Link>
        </li>
        <li aria-hidden="true">›</li>
        <li>
          <Link href={article.rubrique.url} className="hover:underline">
            {article.rubrique.name}
          </Link>
        </li>
        <li aria-hidden="true">›</li>
        <li aria-current="page" className="line-clamp-1 max-w-full text-ink">
          {article.title}
        </li>
      </ol>
    </nav>
  );
}
