import { paths } from "@/lib/routes/paths";

/**
 * The view beacon (lib/audience/beacon.ts): an image the browser requests
 * when it shows the article, without JavaScript. Hidden from readers and
 * assistive technologies; it takes no room.
 */
export function ViewBeacon({ slug }: { slug: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a request to count, not a picture to optimise
    <img src={paths.articleView(slug)} alt="" width={1} height={1} className="absolute h-px w-px opacity-0" referrerPolicy="no-referrer" />
  );
}
