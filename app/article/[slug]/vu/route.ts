import { countView, PIXEL } from "@/lib/audience/beacon";

/** Never prerendered nor cached: each request is a view (lib/audience/beacon.ts). */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await countView((await params).slug, request).catch((error: unknown) => console.error("Audience : vue non comptée.", error));
  return new Response(new Uint8Array(PIXEL), {
    headers: {
      "Content-Type": "image/gif",
      "Cache-Control": "no-store, max-age=0",
      "X-Robots-Tag": "noindex",
    },
  });
}
