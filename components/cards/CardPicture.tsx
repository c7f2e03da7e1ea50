import { Picture } from "@/components/ui/Picture";
import type { Article } from "@/lib/content";

/**
 * A card's picture, or for an article without one a typographic panel in the
 * same box (the rubrique's name on the house rule): a row of cards keeps one
 * picture line and no hole.
 */
export function CardPicture({
  article,
  sizes,
  priority = false,
  className,
}: {
  article: Article;
  sizes: string;
  priority?: boolean;
  /** The box: its width and aspect ratio. */
  className: string;
}) {
  if (article.image) {
    return (
      <Picture
        src={article.image.src}
        alt={article.image.alt}
        width={article.image.width}
        height={article.image.height}
        sizes={sizes}
        priority={priority}
        className={`${className} rounded-sm bg-paper-muted object-cover`}
      />
    );
  }
  return (
    <div
      aria-hidden="true"
      data-card-panel=""
      className={`${className} flex flex-col justify-end rounded-sm border-t-4 border-accent bg-paper-muted p-3`}
    >
      <span className="font-serif text-2xl leading-none font-bold text-ink-muted italic">{article.rubrique.name}</span>
    </div>
  );
}
