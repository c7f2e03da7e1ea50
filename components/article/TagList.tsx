import type { Tag } from "@/lib/content";
import { t } from "@/lib/strings";
import { paths } from "@/lib/routes/paths";

export function TagList({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="mots-cles" className="mt-10">
      <h2 id="mots-cles" className="text-sm font-bold tracking-wider uppercase">
        {t.tags}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a
              href={paths.tag(tag.slug)}
              className="inline-flex min-h-11 items-center rounded-full border border-rule px-4 text-sm hover:bg-paper-muted"
            >
              {tag.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
