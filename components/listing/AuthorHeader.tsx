import type { Author } from "@/lib/content";

import { Portrait } from "./Portrait";

/** An author's portrait (or monogram), role and biography, under the page's title. */
export function AuthorHeader({ author }: { author: Author }) {
  return (
    <div className="mt-4 flex flex-col gap-4 sm:flex-row sm:items-start">
      <Portrait author={author} size="large" />
      <div>
        {author.role ? <p className="font-semibold">{author.role}</p> : null}
        {author.bio ? <p className="mt-2 max-w-2xl leading-relaxed text-ink-muted">{author.bio}</p> : null}
      </div>
    </div>
  );
}
