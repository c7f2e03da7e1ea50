import { getRubriques } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { site } from "@/lib/site";
import { t } from "@/lib/strings";

import { DateLine } from "./DateLine";
import { Emblem } from "./Emblem";
import { MobileMenu } from "./MobileMenu";
import { RubriqueLinks } from "./RubriqueLinks";
import { SearchForm } from "./SearchForm";

/**
 * The site's header: name, search, rubriques. `current` is the address of the
 * page when the navigation links to it (a rubrique, the wire): that link is
 * marked, for the eye and with `aria-current`. The layout's `@nav` slot gives it.
 */
export async function Masthead({ current }: { current?: string }) {
  const rubriques = await getRubriques();
  return (
    <header className="border-b border-rule print:border-0">
      <div className="mx-auto max-w-6xl px-4 pt-2">
        <DateLine />
      </div>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <a href={paths.home()} className="flex items-center gap-3 rounded-sm no-underline">
          <Emblem className="h-10 w-10 shrink-0 sm:h-12 sm:w-12" />
          <span>
            <span className="block font-serif text-3xl leading-none font-bold tracking-tight sm:text-4xl">{site.name}</span>
            <span className="mt-1 block text-xs text-ink-muted sm:text-sm">{site.tagline}</span>
          </span>
        </a>
        <SearchForm id="recherche-bandeau" className="hidden w-80 gap-2 md:flex print:hidden" />
        <MobileMenu rubriques={rubriques} current={current} />
      </div>
      <nav aria-label={t.mainNav} className="hidden border-t border-rule md:block print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 px-4">
          <RubriqueLinks
            rubriques={rubriques}
            current={current}
            className="flex flex-wrap gap-x-6"
            linkClassName="inline-block border-b-4 border-transparent pt-2.5 pb-1.5 text-sm font-semibold tracking-wide uppercase hover:text-accent hover:underline aria-[current=page]:border-accent aria-[current=page]:text-accent"
          />
          <a
            href={paths.wire()}
            aria-current={current === paths.wire() ? "page" : undefined}
            className="inline-flex items-center gap-2 border-b-4 border-transparent pt-2.5 pb-1.5 text-sm font-bold text-accent uppercase hover:underline aria-[current=page]:border-accent"
          >
            <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-accent" />
            {t.wire}
          </a>
        </div>
      </nav>
    </header>
  );
}
