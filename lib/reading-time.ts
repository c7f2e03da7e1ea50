/** Words a reader gets through in a minute of news prose. */
const WORDS_PER_MINUTE = 230;

/** Minutes to read a Markdown body, at least one. */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/<[^>]+>|\[\^?[^\]]*\]\([^)]*\)|[#>*_`~|[\]()-]/g, " ")
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
