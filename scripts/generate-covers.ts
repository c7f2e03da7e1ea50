// Renders an abstract, text-free 1600×900 WebP cover for every article whose front matter has
// `image.src` under /images/articles/: palette by rubrique, shapes seeded from the slug (deterministic).
// Usage, from the project root: npx tsx scripts/generate-covers.ts
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { parse } from "yaml";

const [W, H] = [1600, 900];
const ROOT = process.cwd();
const ARTICLES_DIR = path.join(ROOT, "content", "articles");

type Rand = () => number;
interface Palette {
  bg: readonly [string, string];
  ink: readonly string[];
  grain: number;
}
type Motif = (r: Rand, p: Palette) => string;

const PALETTES: Record<string, Palette> = {
  politique: { bg: ["#16213a", "#34506b"], ink: ["#c9a227", "#e8dcc2", "#8c2f39", "#6d8fb0"], grain: 0.45 },
  economie: { bg: ["#0f3d3e", "#1f6f6b"], ink: ["#f2c14e", "#f78154", "#e9f1ea", "#5fa98a"], grain: 0.25 },
  societe: { bg: ["#f1e4d0", "#d9b98f"], ink: ["#c8553d", "#2f6690", "#3a7d44", "#f28f3b"], grain: 0.19 },
  monde: { bg: ["#0b3954", "#0a7a86"], ink: ["#bfd7ea", "#ff6b6b", "#f4f1de", "#2ec4b6"], grain: 0.25 },
  sport: { bg: ["#123f26", "#1f7a3f"], ink: ["#f5f5f4", "#e63946", "#facc15", "#86efac"], grain: 0.28 },
  culture: { bg: ["#3d1e4f", "#8a2d5b"], ink: ["#f4a259", "#5b8e7d", "#f4e285", "#e26d5c"], grain: 0.3 },
};
const DEFAULT_PALETTE: Palette = { bg: ["#22303c", "#4b5d6b"], ink: ["#e0c097", "#b85c38", "#f2f2f2", "#5c8d89"], grain: 0.25 };

/** mulberry32, seeded with an FNV-1a hash of the slug. */
function seededRandom(text: string): Rand {
  let a = 0x811c9dc5;
  for (const ch of text) a = Math.imul(a ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const between = (r: Rand, min: number, max: number): number => min + r() * (max - min);
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length) % items.length] as T;
const n = (v: number): string => v.toFixed(1);
const times = (count: number, f: (i: number) => string): string => Array.from({ length: count }, (_, i) => f(i)).join("");

const sun: Motif = (r, p) => {
  const [cx, cy, rad, c] = [n(between(r, 200, 1400)), n(between(r, 150, 420)), between(r, 110, 260), pick(r, p.ink)];
  const ring = (i: number): string =>
    `<circle cx="${cx}" cy="${cy}" r="${n(rad + 40 * (i + 1))}" fill="none" stroke="${c}" stroke-opacity="${0.35 - i * 0.1}" stroke-width="6"/>`;
  return `<circle cx="${cx}" cy="${cy}" r="${n(rad)}" fill="${c}" fill-opacity="0.9"/>${times(3, ring)}`;
};
const grid: Motif = (r, p) => {
  const step = pick(r, [80, 100, 120]);
  const lines =
    times(Math.ceil(W / step), (i) => `<path d="M${i * step} 0V${H}"/>`) +
    times(Math.ceil(H / step), (i) => `<path d="M0 ${i * step}H${W}"/>`);
  const [x0, y0] = [Math.floor(r() * 8), Math.floor(r() * 3)];
  const cell = (): string =>
    `<rect x="${(x0 + Math.floor(r() * 6)) * step}" y="${(y0 + Math.floor(r() * 4)) * step}" width="${step}" height="${step}" fill="${pick(r, p.ink)}" fill-opacity="${n(between(r, 0.2, 0.7))}"/>`;
  return `<g stroke="${p.ink[2] ?? "#fff"}" stroke-opacity="0.18" stroke-width="2">${lines}</g>${times(12, cell)}`;
};
const globe: Motif = (r, p) => {
  const [cx, cy, rad, c] = [between(r, 500, 1100), between(r, 380, 520), between(r, 260, 340), pick(r, p.ink)];
  const meridians = [0.2, 0.45, 0.7, 0.9].map((k) => `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rad * k)}" ry="${n(rad)}"/>`);
  const parallels = [-0.6, -0.3, 0, 0.3, 0.6].map(
    (k) => `<ellipse cx="${n(cx)}" cy="${n(cy + rad * k)}" rx="${n(rad * Math.sqrt(1 - k * k))}" ry="${n(rad * 0.12)}"/>`,
  );
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rad)}" fill="${c}" fill-opacity="0.25"/><g fill="none" stroke="${c}" stroke-width="4" stroke-opacity="0.8">${meridians.join("")}${parallels.join("")}<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(rad)}"/></g>`;
};
/** Stadium stands or a hemicycle: concentric half-ellipses. */
const arcs: Motif = (r, p) => {
  const [cx, cy, gap] = [between(r, 400, 1200), between(r, 820, 1000), between(r, 60, 90)];
  return times(5 + Math.floor(r() * 5), (i) => {
    const rx = 260 + i * gap;
    return `<path d="M${n(cx - rx)} ${n(cy)}A${n(rx)} ${n(rx * 0.62)} 0 0 1 ${n(cx + rx)} ${n(cy)}" fill="none" stroke="${pick(r, p.ink)}" stroke-width="${n(between(r, 8, 26))}" stroke-opacity="0.85"/>`;
  });
};
const bars: Motif = (r, p) => {
  const count = 8 + Math.floor(r() * 8);
  const w = W / (count * 1.6);
  let h = between(r, 200, 600);
  return times(count, (i) => {
    h = Math.min(760, Math.max(80, h + between(r, -160, 140)));
    return `<rect x="${n(80 + i * w * 1.6)}" y="${n(H - h)}" width="${n(w)}" height="${n(h)}" fill="${pick(r, p.ink)}" fill-opacity="0.8"/>`;
  });
};
const skyline: Motif = (r, p) => {
  let out = "";
  for (let x = -20; x < W; x += between(r, 60, 150)) {
    const [w, h, c] = [between(r, 60, 160), between(r, 120, 420), pick(r, p.ink)];
    out += `<rect x="${n(x)}" y="${n(H - 60 - h)}" width="${n(w)}" height="${n(h + 60)}" fill="${c}" fill-opacity="${n(between(r, 0.55, 0.95))}"/>`;
    if (r() < 0.25) out += `<path d="M${n(x)} ${n(H - 60 - h)}a${n(w / 2)} ${n(w / 2)} 0 0 1 ${n(w)} 0z" fill="${c}"/>`;
  }
  return out;
};
/** Four stacked bands whose top edge is drawn by `edge` (waves, dunes). */
const bands = (r: Rand, p: Palette, edge: (y: number, amp: number, len: number) => string): string =>
  times(4, (i) => {
    const y = 560 + i * 90 + between(r, -30, 30);
    return `<path d="M0 ${n(y)}${edge(y, between(r, 20, 70), between(r, 180, 420))}V${H}H0Z" fill="${pick(r, p.ink)}" fill-opacity="${n(0.55 + i * 0.12)}"/>`;
  });
const waves: Motif = (r, p) =>
  bands(
    r,
    p,
    (y, amp, len) =>
      times(
        Math.ceil(W / len) + 1,
        (i) => `Q${n(i * len + len / 4)} ${n(y - amp)} ${n(i * len + len / 2)} ${n(y)}T${n((i + 1) * len)} ${n(y)}`,
      ) + `L${W} ${n(y)}`,
  );
const dunes: Motif = (r, p) =>
  bands(
    r,
    p,
    (y, amp) => `C${n(between(r, 300, 800))} ${n(y - amp * 4)} ${n(between(r, 900, 1400))} ${n(y + amp * 2)} ${W} ${n(y - amp * 2)}`,
  );

/** Motifs by rubrique, from back to front: one is drawn from each group. */
const MOTIFS: Record<string, readonly (readonly Motif[])[]> = {
  politique: [[grid], [sun], [arcs, bars]],
  economie: [[sun, grid], [bars, skyline], [waves]],
  societe: [[sun, grid], [skyline], [waves, dunes]],
  monde: [[grid, sun], [globe], [waves]],
  sport: [[sun, grid], [arcs]],
  culture: [
    [sun, globe],
    [skyline, arcs],
    [dunes, waves],
  ],
};

function render(slug: string, category: string): string {
  const r = seededRandom(slug);
  const p = PALETTES[category] ?? DEFAULT_PALETTE;
  const body = (MOTIFS[category] ?? [[sun], [waves]]).map((group) => pick(r, group)(r, p)).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>
<linearGradient id="bg" x1="0" y1="0" x2="${n(r())}" y2="1"><stop offset="0" stop-color="${p.bg[0]}"/><stop offset="1" stop-color="${p.bg[1]}"/></linearGradient>
<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.5" numOctaves="2" seed="${Math.floor(r() * 1000)}"/><feColorMatrix values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  ${p.grain} 0 0 0 ${(-p.grain / 3).toFixed(3)}"/></filter>
</defs><rect width="${W}" height="${H}" fill="url(#bg)"/>${body}<rect width="${W}" height="${H}" filter="url(#grain)"/></svg>`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

async function main(): Promise<void> {
  const files = (await readdir(ARTICLES_DIR)).filter((f) => f.endsWith(".md")).sort();
  let written = 0;
  for (const file of files) {
    const fence = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(path.join(ARTICLES_DIR, file), "utf8"));
    const data: unknown = fence?.[1] ? parse(fence[1]) : null;
    const src = isRecord(data) && isRecord(data.image) ? data.image.src : undefined;
    if (!isRecord(data) || typeof src !== "string" || !src.startsWith("/images/articles/")) continue;
    const category = typeof data.category === "string" ? data.category : "";
    const svg = render(file.replace(/\.md$/, ""), category);
    const webp = await sharp(Buffer.from(svg)).webp({ quality: 70, effort: 6 }).toBuffer();
    const out = path.join(ROOT, "public", src);
    if ((await readFile(out).catch(() => null))?.equals(webp)) {
      console.log(`unchanged  ${src}`);
      continue;
    }
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, webp);
    written++;
    console.log(`wrote      ${src}  (${(webp.length / 1024).toFixed(1)} KB)`);
  }
  console.log(`${written} cover(s) written, ${files.length} article(s) scanned.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
