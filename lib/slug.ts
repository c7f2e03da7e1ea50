/**
 * "Sécurité routière" → "securite-routiere": lowercase, accents removed,
 * anything else than a–z and digits becomes a single hyphen.
 */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[’']/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const MAX_ARTICLE_SLUG = 80;

/**
 * The file name of a new article: the title's slug, stop-words kept, cut at
 * a word boundary to at most 80 characters, and made unique with -2, -3…
 */
export function articleSlug(title: string, isTaken: (slug: string) => boolean): string {
  const cut = (slug: string, max: number) => {
    if (slug.length <= max) return slug;
    const head = slug.slice(0, max + 1);
    const boundary = head.lastIndexOf("-");
    return (boundary > 0 ? head.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, "");
  };
  const base = cut(slugify(title), MAX_ARTICLE_SLUG) || "article";
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${cut(base, MAX_ARTICLE_SLUG - suffix.length)}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
