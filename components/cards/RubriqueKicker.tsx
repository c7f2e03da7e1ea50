import type { Rubrique } from "@/lib/content";

/** The rubrique above a headline, linking to the rubrique. */
export function RubriqueKicker({ rubrique }: { rubrique: Rubrique }) {
  return (
    <a
      href={rubrique.url}
      className="inline-flex min-h-6 items-center text-xs font-bold tracking-wider text-accent uppercase hover:underline"
    >
      {rubrique.name}
    </a>
  );
}
