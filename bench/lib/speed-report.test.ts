import { describe, expect, it } from "vitest";

import type { LighthouseResult } from "./lighthouse";
import type { PageWeight } from "./page-weight";
import { evaluateSpeedTargets, formatSpeedReport, type BenchPage, type SpeedRun } from "./speed-report";
import type { ThroughputFigures } from "./throughput";

const group = (bytes: number, count = 1) => ({
  files: Array.from({ length: count }, (_, i) => ({
    url: `/f${i}`,
    status: 200,
    encoding: "gzip",
    transferBytes: bytes / count,
    rawBytes: bytes * 3,
  })),
  transferBytes: bytes,
  rawBytes: bytes * 3,
});

function weight({ js, css = 8_400, fonts = 2, rsc = 9_000 }: { js: number; css?: number; fonts?: number; rsc?: number }): PageWeight {
  const html = { url: "/", status: 200, encoding: "gzip", transferBytes: 16_000, rawBytes: 70_000 };
  const fontGroup = { ...group(fonts * 50_000, fonts), count: fonts };
  return {
    url: "http://127.0.0.1/",
    html,
    rscPayload: { rawBytes: rsc, gzipBytes: rsc / 4 },
    js: group(js, 5),
    nomoduleJs: group(39_000),
    css: group(css),
    fonts: fontGroup,
    totalTransferBytes: html.transferBytes + js + css + fontGroup.transferBytes,
  };
}

function lighthouse(performance: number, seo = 100, failedSeo: string[] = []): LighthouseResult {
  const run = {
    scores: { performance, accessibility: 100, bestPractices: 100, seo },
    metrics: { fcpMs: 900, lcpMs: 1_800, tbtMs: 250, cls: 0, speedIndexMs: 1_000, ttiMs: null },
    failedAudits: failedSeo.map((id) => ({ category: "seo" as const, id, title: id, score: 0, items: [] })),
    runWarnings: [],
    durationMs: 10_000,
  };
  return {
    url: "/",
    formFactor: "mobile",
    lighthouseVersion: "12.2.3",
    browser: "Chromium",
    median: run,
    performanceScores: [performance],
    durationsMs: [10_000],
  };
}

function throughput(requestsPerSecond: number, p99: number): ThroughputFigures {
  return {
    url: "/article/x",
    connections: 32,
    durationSeconds: 10,
    requestsPerSecond,
    totalRequests: requestsPerSecond * 10,
    latency: { p50: p99 / 2, p97_5: p99, p99, max: p99, average: p99 / 2 },
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    bytesPerSecond: 0,
    status: 200,
    contentEncoding: "gzip",
    compressed: true,
    wireBytes: 16_000,
  };
}

const pages: BenchPage[] = [
  { key: "home", label: "accueil", path: "/" },
  { key: "article", label: "article", path: "/article/x" },
  { key: "rubrique", label: "rubrique", path: "/rubrique/societe" },
  { key: "search", label: "recherche", path: "/recherche?q=Maroc" },
];

function speedRun(overrides: Partial<SpeedRun> = {}): SpeedRun {
  const floorJs = 135_000;
  return {
    date: new Date("2026-11-26T23:00:00Z"),
    machine: {
      cpus: 2,
      cpuModel: "Xeon",
      memoryBytes: 24 * 2 ** 30,
      loadAverage: 1,
      kernel: "Linux",
      node: "v20",
      next: "16.4.6",
      autocannon: "8.0.0",
    },
    lighthouseVersion: "12.2.3",
    runs: 3,
    pages,
    weights: {
      home: weight({ js: floorJs + 2_000 }),
      article: weight({ js: floorJs + 2_000 }),
      rubrique: weight({ js: floorJs + 2_000 }),
      search: weight({ js: floorJs + 2_000, fonts: 0 }),
    },
    floorWeight: weight({ js: floorJs, css: 0, fonts: 0, rsc: 1_300 }),
    articleBodyHtmlBytes: 10_000,
    lighthouse: [
      ...(["home", "article", "rubrique"] as const).map((page) => ({ page, mobile: lighthouse(95), desktop: lighthouse(100) })),
      { page: "search" as const, mobile: lighthouse(90, 66, ["is-crawlable"]), desktop: lighthouse(100, 66, ["is-crawlable"]) },
      { page: "floor" as const, mobile: lighthouse(93), desktop: lighthouse(100) },
    ],
    throughput: {
      path: "/article/x",
      rounds: [
        { next: throughput(300, 90), nginxStatic: throughput(9_000, 20), nginxProxy: throughput(6_000, 25) },
        { next: throughput(200, 120), nginxStatic: throughput(10_000, 20), nginxProxy: throughput(5_000, 30) },
        { next: throughput(250, 95), nginxStatic: throughput(11_000, 20), nginxProxy: throughput(5_500, 30) },
      ],
    },
    ...overrides,
  };
}

const byLabel = (run: SpeedRun, start: string) => evaluateSpeedTargets(run).filter((target) => target.label.startsWith(start));

describe("evaluateSpeedTargets", () => {
  it("meets every target on a run within all of them", () => {
    const missed = evaluateSpeedTargets(speedRun()).filter((target) => !target.met);
    expect(missed).toEqual([]);
  });

  it("measures the application's JavaScript above the floor, page by page", () => {
    const run = speedRun();
    run.weights.article = weight({ js: 135_000 + 6_000 });
    const js = byLabel(run, "JS de l’application");
    expect(js.map((t) => [t.met, t.measured])).toEqual([
      [true, "2 Kio"],
      [false, "5,9 Kio"],
      [true, "2 Kio"],
      [true, "2 Kio"],
    ]);
  });

  it("compares the article's RSC payload with its rendered body", () => {
    const [target] = byLabel(speedRun({ articleBodyHtmlBytes: 4_500 }), "Charge RSC");
    expect(target).toMatchObject({ met: false, measured: "8,8 Kio contre 4,4 Kio (2×)" });
  });

  it("takes mobile performance against the floor measured in the same run", () => {
    const run = speedRun();
    run.lighthouse![0]!.mobile = lighthouse(92);
    const [home] = byLabel(run, "Lighthouse mobile, performance");
    expect(home).toMatchObject({ label: "Lighthouse mobile, performance ≥ plancher (93) : accueil", met: false, measured: "92" });
  });

  it("accepts the search page's deliberate noindex, and nothing else in SEO", () => {
    const run = speedRun();
    expect(byLabel(run, "Lighthouse ordinateur, 100 partout : recherche")[0]?.met).toBe(true);
    run.lighthouse![3]!.desktop = lighthouse(100, 90, ["is-crawlable", "link-text"]);
    expect(byLabel(run, "Lighthouse ordinateur, 100 partout : recherche")[0]?.met).toBe(false);
  });

  it("uses the medians of the throughput rounds for ratios and latency", () => {
    const targets = evaluateSpeedTargets(speedRun());
    const ratio = targets.find((t) => t.label.includes("≥ 1/100"));
    const p99 = targets.find((t) => t.label.includes("p99"));
    const proxy = targets.find((t) => t.label.includes("≥ 50 %"));
    expect(ratio).toMatchObject({ met: true, measured: "1/40 (250 contre 10\u202f000 req/s)" });
    expect(p99).toMatchObject({ met: true, measured: "95 ms" });
    expect(proxy).toMatchObject({ met: true, measured: "55 % (5\u202f500 req/s)" });
  });
});

describe("formatSpeedReport", () => {
  it("states the summary and lists every target", () => {
    const report = formatSpeedReport(speedRun());
    expect(report).toContain("**Tous les objectifs mesurés ici sont atteints**");
    expect(report).toContain(
      "| nginx (deploy/nginx.conf) devant `next start`, page en cache | **5\u202f500** | 6\u202f000, 5\u202f000, 5\u202f500 |",
    );
    expect(report).not.toContain("## Pourquoi ces objectifs sont manqués");
  });

  it("says why each missed target is missed, with the run's figures", () => {
    const run = speedRun({ articleBodyHtmlBytes: 4_500 });
    run.lighthouse![0]!.mobile = lighthouse(92);
    const report = formatSpeedReport(run);
    const start = report.indexOf("## Pourquoi ces objectifs sont manqués");
    const why = report.slice(start, report.indexOf("## Conditions", start));
    expect(why).toMatch(/^- \*\*Charge RSC de l’article ≤ HTML rendu de son corps\*\* \(8,8 Kio contre 4,4 Kio \(2×\)\) : Next\.js met/m);
    expect(why).toMatch(/^- \*\*Lighthouse mobile, performance ≥ plancher \(93\) : accueil\*\* \(92\) : FCP .* pour le plancher\./m);
    expect(why.match(/^- /gm)).toHaveLength(2);
  });
});
