import { paramName, ROUTES, segmentsOf, type RouteName } from "./table";

export interface ResolvedRoute {
  route: RouteName;
  params: Record<string, string>;
}

/**
 * The route of `app/` that would render a path, with its parameters, as
 * Next.js matches them: a literal segment wins over a dynamic one. Null when
 * no route matches (a public file, a Next.js internal, a typo: Next.js
 * answers those itself).
 */
export function resolveRoute(pathname: string): ResolvedRoute | null {
  // Trailing slashes aside, an empty segment (`/article//x`) matches nothing.
  const segments = pathname.replace(/\/+$/, "").split("/").slice(1);
  let best: { resolved: ResolvedRoute; rank: string } | null = null;
  for (const route of Object.keys(ROUTES) as RouteName[]) {
    const pattern = segmentsOf(ROUTES[route].pattern);
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    // Literal segments rank before dynamic ones, from the left.
    let rank = "";
    const matches = pattern.every((segment, i) => {
      const name = paramName(segment);
      const value = segments[i] ?? "";
      rank += name === null ? "0" : "1";
      if (name === null) return segment === value;
      params[name] = value;
      return true;
    });
    if (matches && (best === null || rank < best.rank)) best = { resolved: { route, params }, rank };
  }
  return best?.resolved ?? null;
}

/** Whether the route of a path takes POST requests (`post: true` in the table). */
export function acceptsPost(pathname: string): boolean {
  const resolved = resolveRoute(pathname);
  return resolved !== null && (ROUTES[resolved.route] as { post?: true }).post === true;
}
