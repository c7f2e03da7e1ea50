import type { Rubrique } from "@/lib/content";

/** The rubriques as a list of links, for the masthead, the menu and the footer. */
export function RubriqueLinks({
  rubriques,
  className,
  linkClassName,
}: {
  rubriques: Rubrique[];
  className?: string;
  linkClassName?: string;
}) {
  return (
    <ul className={className}>
      {rubriques.map((rubrique) => (
        <li key={rubrique.id}>
          <a href={rubrique.url} className={linkClassName}>
            {rubrique.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
