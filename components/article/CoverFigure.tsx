import { Picture } from "@/components/ui/Picture";
import type { CoverImage } from "@/lib/content";
import { t } from "@/lib/strings";

export function CoverFigure({ image }: { image: CoverImage }) {
  return (
    <figure className="mt-6">
      <Picture
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        priority
        sizes="(min-width: 768px) 720px, 100vw"
        className="w-full rounded-sm bg-paper-muted"
      />
      {image.credit ? <figcaption className="mt-2 text-xs text-ink-muted">{`${t.imageCredit}\u00a0: ${image.credit}`}</figcaption> : null}
    </figure>
  );
}
