import { Picture } from "@/components/ui/Picture";
import type { Author } from "@/lib/content";

/** An author's portrait, role and biography, under the page's title. */
export function AuthorHeader({ author }: { author: Author }) {
  return (
    <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-start">
      {author.portrait ? (
        <Picture
          src={author.portrait.src}
          alt={author.portrait.alt}
          width={author.portrait.width}
          height={author.portrait.height}
          sizes="120px"
          className="h-28 w-28 shrink-0 rounded-full bg-paper-muted object-cover"
        />
      ) : null}
      <div>
        {author.role ? <p className="font-semibold">{author.role}</p> : null}
        {author.bio ? <p className="mt-2 max-w-2xl leading-relaxed text-ink-muted">{author.bio}</p> : null}
      </div>
    </div>
  );
}
