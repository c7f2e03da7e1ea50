import type { Tag } from "@/lib/content";
import { t } from "@/lib/strings";

export function TagList({ tags }: { tags: Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="mots-cles" className="mt-10">
      <h2 id="mots-cles" className="text-sm font-bold tracking-wider uppercase">
        {t.tags}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug} className="rounded-full border border-rule px-3 py-1 text-sm">
            {tag.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
