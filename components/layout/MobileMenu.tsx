import type { Rubrique } from "@/lib/content";
import { paths } from "@/lib/routes/paths";
import { t } from "@/lib/strings";

import { RubriqueLinks } from "./RubriqueLinks";
import { SearchForm } from "./SearchForm";

/** Narrow screens: a native disclosure, so the menu opens without JavaScript and by keyboard. */
export function MobileMenu({ rubriques, current }: { rubriques: Rubrique[]; current?: string }) {
  return (
    <details className="group relative md:hidden print:hidden">
      <summary className="flex min-h-11 list-none items-center gap-2 rounded border border-rule px-3 py-2 text-sm font-semibold [&::-webkit-details-marker]:hidden">
        <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true" focusable="false">
          <path d="M2 5h16M2 10h16M2 15h16" stroke="currentColor" strokeWidth="2" />
        </svg>
        {t.menu}
      </summary>
      <nav
        aria-label={t.menu}
        className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded border border-rule bg-paper p-2 shadow-lg"
      >
        <SearchForm id="recherche-menu" className="mb-2 flex gap-2 p-1" />
        <a href={paths.home()} className="block rounded px-3 py-2.5 font-semibold hover:bg-paper-muted">
          {t.home}
        </a>
        <a
          href={paths.wire()}
          aria-current={current === paths.wire() ? "page" : undefined}
          className="block rounded px-3 py-2.5 font-semibold text-accent hover:bg-paper-muted aria-[current=page]:underline"
        >
          {t.wire}
        </a>
        <RubriqueLinks
          rubriques={rubriques}
          current={current}
          linkClassName="block rounded border-l-4 border-transparent px-3 py-2.5 font-semibold hover:bg-paper-muted aria-[current=page]:border-accent aria-[current=page]:text-accent"
        />
      </nav>
    </details>
  );
}
