import { describe, expect, it } from "vitest";

import type { LighthouseSummary } from "./lighthouse";
import type { PageWeight } from "./page-weight";
import { evaluateTargets, type SpeedResults } from "./speed-report";
import type { WrkFigures } from "./wrk";

const group = (transferBytes: number, count = 1) => ({
  files: Array.from({ length: count }, (_, i) => ({
    url: `/f${i}`,
    encoding: "gzip",
    transferBytes: transferBytes / count,
    rawBytes: transferBytes * 3,
  })),
  transferBytes,
});
const weight = ({ js, css = 8_400, fonts = 1, rsc = 9_000 }: { js: number; css?: number; fonts?: number; rsc?: number }): PageWeight => ({
  url: "http://127.0.0.1/",
  html: { url: "/", encoding: "gzip", transferBytes: 16_000, rawBytes: 70_000 },
  rscPayload: { rawBytes: rsc, gzipBytes: rsc / 4 },
  js: group(js, 5),
  nomoduleJs: group(39_000),
  css: group(css),
  fonts: group(fonts * 50_000, fonts),
  totalTransferBytes: 16_000 + js + css + fonts * 50_000,
});
const lighthouse = (performance: number, { seo = 100, failedSeo = [] as string[] } = {}): LighthouseSummary => ({
  lighthouseVersion: "12.2.3",
  scores: { performance, accessibility: 100, bestPractices: 100, seo },
  metrics: { fcpMs: 900, lcpMs: 1_800, tbtMs: 250, cls: 0, speedIndexMs: 1_000 },
  failedAudits: failedSeo.map((id) => ({ category: "seo" as const, id, title: id })),
  performanceScores: [performance],
});
const wrk = (requestsPerSecond: number, p99: number) =>
  ({ requestsPerSecond, latency: { p50: p99 / 2, p90: p99, p99, max: p99, mean: p99 / 2 } }) as WrkFigures;
const answer = { status: 200, contentEncoding: "gzip", wireBytes: 16_000 };
const noindex = { seo: 66, failedSeo: ["is-crawlable"] };

const results = (): SpeedResults => ({
  date: "2026-11-29T17:00:00.000Z",
  machine: { cpus: 2, cpuModel: "Xeon", memoryBytes: 2 ** 34, loadAverage: 1, node: "v20", next: "16", wrk: "4.1.0" },
  runs: 3,
  pages: [
    { key: "home", label: "accueil", path: "/" },
    { key: "article", label: "article", path: "/article/x" },
    { key: "rubrique", label: "rubrique", path: "/rubrique/societe" },
    { key: "search", label: "recherche", path: "/recherche?q=Maroc" },
  ],
  weights: {
    home: weight({ js: 137_000 }),
    article: weight({ js: 137_000 }),
    rubrique: weight({ js: 137_000 }),
    search: weight({ js: 137_000, fonts: 0 }),
    floor: weight({ js: 135_000, css: 0, fonts: 0, rsc: 1_300 }),
  },
  articleBodyHtmlBytes: 10_000,
  liveIsland: { loaderBytes: 354, islandBytes: 1_166, loaderChunks: ["static/chunks/a.js"], islandChunks: ["static/chunks/b.js"] },
  viewBeacon: { markupBytes: 140, scripts: 0 },
  lighthouse: [
    ...(["home", "article", "rubrique"] as const).map((page) => ({ page, mobile: lighthouse(95), desktop: lighthouse(100) })),
    { page: "search" as const, mobile: lighthouse(90, noindex), desktop: lighthouse(100, noindex) },
    { page: "floor" as const, mobile: lighthouse(93), desktop: lighthouse(100) },
  ],
  throughput: {
    path: "/article/x",
    connections: 32,
    durationSeconds: 10,
    servers: {
      next: { answer, rounds: [wrk(300, 90), wrk(200, 120), wrk(250, 95)] },
      nginxStatic: { answer, rounds: [wrk(9_000, 20), wrk(10_000, 20), wrk(11_000, 20)] },
      nginxProxy: { answer, rounds: [wrk(6_000, 25), wrk(5_000, 30), wrk(5_500, 30)] },
    },
  },
});

const byId = (r: SpeedResults, id: string) => evaluateTargets(r).filter((target) => target.id === id);

describe("evaluateTargets", () => {
  it("meets every target on a run within all of them", () => {
    expect(evaluateTargets(results()).filter((target) => !target.met)).toEqual([]);
    expect(evaluateTargets(results())).toHaveLength(23);
  });

  it("measures the application's JavaScript above the floor's, page by page", () => {
    const r = results();
    r.weights.article = weight({ js: 135_000 + 6_000 });
    expect(byId(r, "js").map((t) => [t.met, t.measured])).toEqual([
      [true, "2 Kio"],
      [false, "5,9 Kio"],
      [true, "2 Kio"],
      [true, "2 Kio"],
    ]);
  });

  it("counts preloaded fonts, compares the article's RSC payload with its body, and mobile performance with the floor's", () => {
    const r = results();
    r.weights.home = weight({ js: 137_000, fonts: 3 });
    r.articleBodyHtmlBytes = 4_500;
    r.lighthouse![0]!.mobile = lighthouse(92);
    expect(byId(r, "polices")[0]).toMatchObject({ met: false, measured: "3" });
    expect(byId(r, "rsc")[0]).toMatchObject({ met: false, measured: "8,8 Kio contre 4,4 Kio (2×)" });
    expect(byId(r, "lighthouse-mobile")[0]).toMatchObject({
      label: "Lighthouse mobile, performance ≥ plancher (93) : accueil",
      met: false,
    });
  });

  it("weighs the live island with its loader, and misses the target when the island is not found", () => {
    const r = results();
    expect(byId(r, "ilot-direct")[0]).toMatchObject({ met: true, measured: "1,5 Kio (chargeur 0,3 Kio sur chaque article, îlot 1,1 Kio)" });
    r.liveIsland = { ...r.liveIsland, islandBytes: 3_000 };
    expect(byId(r, "ilot-direct")[0]?.met).toBe(false);
    r.liveIsland = { loaderBytes: 0, islandBytes: 0, loaderChunks: [], islandChunks: [] };
    expect(byId(r, "ilot-direct")[0]?.met).toBe(false);
  });

  it("weighs the view beacon, and misses the target without it or with a script", () => {
    const r = results();
    expect(byId(r, "balise-vue")[0]).toMatchObject({ met: true, measured: "140 octets de HTML, 0 script, image de 43 octets" });
    r.viewBeacon = { markupBytes: 0, scripts: 0 };
    expect(byId(r, "balise-vue")[0]?.met).toBe(false);
    r.viewBeacon = { markupBytes: 140, scripts: 1 };
    expect(byId(r, "balise-vue")[0]?.met).toBe(false);
  });

  it("accepts the search page's deliberate noindex, and nothing else in SEO", () => {
    const r = results();
    expect(byId(r, "lighthouse-ordinateur")[3]).toMatchObject({ met: true, measured: "100 / 100 / 100 / 66 (noindex voulu)" });
    r.lighthouse![3]!.desktop = lighthouse(100, { seo: 90, failedSeo: ["is-crawlable", "link-text"] });
    expect(byId(r, "lighthouse-ordinateur")[3]?.met).toBe(false);
  });

  it("uses the medians of the wrk rounds for ratios and latency", () => {
    const r = results();
    expect(byId(r, "next-start-debit")[0]).toMatchObject({ met: true, measured: "1/40 (250 contre 10\u202f000 req/s)" });
    expect(byId(r, "next-start-p99")[0]).toMatchObject({ met: true, measured: "95 ms" });
    expect(byId(r, "nginx-devant-next")[0]).toMatchObject({ met: true, measured: "55 % (5\u202f500 req/s)" });
    r.throughput.servers.nginxStatic.rounds = [wrk(84_000, 2)];
    expect(byId(r, "next-start-debit")[0]).toMatchObject({ met: false, measured: "1/336 (250 contre 84\u202f000 req/s)" });
  });
});
