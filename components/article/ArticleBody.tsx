/** A body already rendered and sanitized by the content layer. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="prose-article prose prose-lg mt-8 max-w-none font-serif prose-headings:font-serif prose-a:underline-offset-2 prose-img:rounded-sm"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
