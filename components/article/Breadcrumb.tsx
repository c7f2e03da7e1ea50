import type { Article } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

/** "Accueil › Politique › <headline>". */
export function Breadcrumb({ article }: { article: Article }) {
  return (
    <nav aria-label={t.breadcrumb} className="mb-4 text-sm text-ink-muted print:hidden">
      <ol className="flex flex-wrap gap-x-2">
        <li>
          <a href={paths.home()} className="hover:underline">
            {t.home}
          </a>
        </li>
        <li aria-hidden="true">›</li>
        <li>
          <a href={article.rubrique.url} className="hover:underline">
            {article.rubrique.name}
          </a>
        </li>
        <li aria-hidden="true">›</li>
        <li aria-current="page" className="line-clamp-1 max-w-full text-ink">
          {article.title}
        </li>
      </ol>
    </nav>
  );
}
