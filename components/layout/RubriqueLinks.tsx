import type { Rubrique } from "@/lib/content";

/** The rubriques as a list of links, for the masthead, the menu and the footer; `current` marks the page the reader is on. */
export function RubriqueLinks({
  rubriques,
  current,
  className,
  linkClassName,
}: {
  rubriques: Rubrique[];
  /** The address of the current page, when it is one of the rubriques. */
  current?: string;
  className?: string;
  linkClassName?: string;
}) {
  return (
    <ul className={className}>
      {rubriques.map((rubrique) => (
        <li key={rubrique.id}>
          <a href={rubrique.url} aria-current={rubrique.url === current ? "page" : undefined} className={linkClassName}>
            {rubrique.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
