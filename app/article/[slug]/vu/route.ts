import { answerBeacon } from "@/lib/audience/beacon";

/** Never prerendered nor cached: each request is a view. The proxy answers first (lib/audience/beacon.ts). */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return answerBeacon((await params).slug, request);
}
