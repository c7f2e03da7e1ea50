import { revalidatePath } from "next/cache";
import { z } from "zod";

import { isRevalidationSecret, SECRET_HEADER } from "@/lib/publication/revalidate";

export const dynamic = "force-dynamic";

const body = z.object({ paths: z.array(z.string().startsWith("/").max(1024)), everything: z.boolean().optional() });

const notFound = () => new Response("Page introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The content follower's request (lib/publication/revalidate.ts): only this process knows the secret. */
export async function POST(request: Request) {
  if (!isRevalidationSecret(request.headers.get(SECRET_HEADER))) return notFound();
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response("Requête invalide.", { status: 400 });
  const { paths, everything } = parsed.data;
  if (everything) revalidatePath("/", "layout");
  // A route pattern (`/page/[n]`, see touched.ts) revalidates every page of that route.
  for (const path of paths) revalidatePath(path, path.includes("[") ? "page" : undefined);
  return Response.json({ revalidated: everything ? "everything" : paths.length });
}
