import type { Author } from "@/lib/content";

/** An author's name, linking to the author's page. */
export function AuthorLink({ author, className }: { author: Author; className?: string }) {
  return (
    <a href={author.url} className={className ?? "hover:underline"}>
      {author.name}
    </a>
  );
}
