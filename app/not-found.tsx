import { RubriqueLinks } from "@/components/layout/RubriqueLinks";
import { getRubriques } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

export const metadata = { title: t.notFoundTitle };

export default async function NotFound() {
  const rubriques = await getRubriques();
  return (
    <div className="mx-auto max-w-2xl py-10">
      <p className="text-sm font-bold tracking-wider text-accent uppercase">Erreur 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-4 text-lg">{t.notFoundText}</p>
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
  );
}
