import { Emblem } from "@/components/layout/Emblem";
import { Picture } from "@/components/ui/Picture";
import type { Author } from "@/lib/content";
import { monogram } from "@/lib/authors";

/** An author's portrait; without one, the initials in the house colours (the emblem for the newsroom itself). */
export function Portrait({ author, size }: { author: Author; size: "small" | "large" }) {
  const box = size === "large" ? "h-28 w-28 text-4xl" : "h-20 w-20 text-2xl";
  if (author.portrait) {
    return (
      <Picture
        src={author.portrait.src}
        alt=""
        width={author.portrait.width}
        height={author.portrait.height}
        sizes={size === "large" ? "112px" : "80px"}
        className={`${box} shrink-0 rounded-full bg-paper-muted object-cover`}
      />
    );
  }
  if (author.isOrganization) return <Emblem className={`${box} shrink-0 rounded-full`} />;
  return (
    <span
      aria-hidden="true"
      className={`${box} inline-flex shrink-0 items-center justify-center rounded-full bg-accent font-serif font-bold text-accent-ink`}
    >
      {monogram(author.name)}
    </span>
  );
}
