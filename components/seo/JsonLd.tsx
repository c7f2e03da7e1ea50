import { serializeJsonLd, type JsonLdItem } from "@/lib/seo/json-ld";

/** Structured data for search engines, one script per item, escaped so content can never end the script. */
export function JsonLd({ items }: { items: readonly JsonLdItem[] }) {
  return items.map((item, index) => (
    <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(item) }} />
  ));
}
