import { ArticleCard } from "@/components/cards/ArticleCard";
import { RubriqueLinks } from "@/components/layout/RubriqueLinks";
import { SearchForm } from "@/components/layout/SearchForm";
import { getArticles, getRubriques } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

export const metadata = { title: t.notFoundTitle };

/** Latest stories offered on the 404 page. */
const LATEST = 4;

export default async function NotFound() {
  const [rubriques, articles] = await Promise.all([getRubriques(), getArticles()]);
  return (
    <div className="py-6">
      <div className="max-w-2xl">
        <p className="text-sm font-bold tracking-wider text-accent uppercase">Erreur 404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">{t.notFoundTitle}</h1>
        <p className="mt-4 text-lg">{t.notFoundText}</p>
        <SearchForm id="recherche-404" label={t.notFoundSearch} className="mt-6 flex gap-2" />
        <p className="mt-6">
          <a
            href={paths.home()}
            className="inline-flex min-h-11 items-center rounded bg-accent px-5 font-semibold text-accent-ink hover:underline"
          >
            {t.notFoundBack}
          </a>
        </p>
        <p className="mt-8 font-semibold">{t.notFoundRubriques}</p>
        <RubriqueLinks rubriques={rubriques} className="mt-2 flex flex-wrap gap-x-5 gap-y-2" linkClassName="text-accent underline" />
      </div>
      {articles.length > 0 ? (
        <section aria-labelledby="a-lire-404" className="mt-12">
          <h2 id="a-lire-404" className="mb-6 border-b-2 border-ink pb-1 text-sm font-bold tracking-wider uppercase">
            {t.latest}
          </h2>
          <ul className="grid gap-x-8 gap-y-6 sm:grid-cols-2 lg:grid-cols-4">
            {articles.slice(0, LATEST).map((article) => (
              <li key={article.slug}>
                <ArticleCard article={article} withRubrique={false} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
