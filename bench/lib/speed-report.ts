/**
 * bench/REPORT.md from the figures of `npm run bench` (bench/run.ts): page
 * weight against the blank Next.js floor, Lighthouse, throughput against
 * nginx, and every target of the speed issue, met or missed by how much.
 */
import { formatMs, formatNumber } from "./format";
import type { LighthouseResult } from "./lighthouse";
import type { Machine } from "./machine";
import { appJsAboveFloor, type PageWeight } from "./page-weight";
import { median } from "./stats";
import type { ThroughputFigures } from "./throughput";

/** A page of the site measured by the bench, and its address. */
export interface BenchPage {
  key: "home" | "article" | "rubrique" | "search";
  label: string;
  path: string;
}

export interface SpeedRun {
  date: Date;
  machine: Machine;
  lighthouseVersion: string | null;
  runs: number;
  pages: BenchPage[];
  weights: Record<BenchPage["key"], PageWeight>;
  floorWeight: PageWeight;
  /** The article's body as rendered HTML (what the RSC payload should not exceed). */
  articleBodyHtmlBytes: number;
  lighthouse: { page: BenchPage["key"] | "floor"; mobile: LighthouseResult; desktop: LighthouseResult }[] | null;
  throughput: {
    path: string;
    /** One entry per round, the three servers measured one after the other. */
    rounds: { next: ThroughputFigures; nginxStatic: ThroughputFigures; nginxProxy: ThroughputFigures }[];
  };
}

export interface Target {
  label: string;
  met: boolean;
  measured: string;
  /** Why the target is missed when it is, with this run's figures. */
  why?: string;
}

const KIB = 1024;
const kib = (bytes: number) => `${formatNumber(bytes / KIB, 1)} Kio`;
const ratio = (value: number) => (value >= 1 ? `${formatNumber(value, 2)}×` : `1/${formatNumber(1 / value, 0)}`);

function medianOf(rounds: SpeedRun["throughput"]["rounds"], server: keyof SpeedRun["throughput"]["rounds"][number]) {
  return {
    rps: median(rounds.map((round) => round[server].requestsPerSecond)),
    p50: median(rounds.map((round) => round[server].latency.p50)),
    p99: median(rounds.map((round) => round[server].latency.p99)),
  };
}

/** Whether the only SEO audit failed is `is-crawlable`: the search page asks not to be indexed, on purpose. */
function onlyNoindex(result: LighthouseResult): boolean {
  const seo = result.median.failedAudits.filter((audit) => audit.category === "seo");
  return seo.length > 0 && seo.every((audit) => audit.id === "is-crawlable");
}

/** Every target of the issue that this bench measures. */
export function evaluateSpeedTargets(run: SpeedRun): Target[] {
  const targets: Target[] = [];
  const floor = run.floorWeight;
  for (const page of run.pages) {
    const weight = run.weights[page.key];
    const above = appJsAboveFloor(weight, floor);
    targets.push({
      label: `JS de l’application au-dessus du plancher ≤ 5 Kio : ${page.label}`,
      met: above <= 5 * KIB,
      measured: kib(above),
    });
  }
  const css = Math.max(...run.pages.map((page) => run.weights[page.key].css.transferBytes));
  targets.push({ label: "CSS ≤ 15 Kio compressé (page la plus lourde)", met: css <= 15 * KIB, measured: kib(css) });
  const fonts = Math.max(...run.pages.map((page) => run.weights[page.key].fonts.count));
  targets.push({ label: "Au plus deux fichiers de police préchargés", met: fonts <= 2, measured: formatNumber(fonts) });
  const rsc = run.weights.article.rscPayload.rawBytes;
  targets.push({
    label: "Charge RSC de l’article ≤ HTML rendu de son corps",
    met: rsc <= run.articleBodyHtmlBytes,
    measured: `${kib(rsc)} contre ${kib(run.articleBodyHtmlBytes)} (${formatNumber(rsc / run.articleBodyHtmlBytes, 2)}×)`,
    why:
      "Next.js met dans la charge RSC tout l’arbre de la page, une fois : en-tête, menu, pied, métadonnées, JSON-LD, articles liés " +
      "avec leurs `srcset`. Le corps y est une seule fois, en chaîne HTML (pas d’arbre Markdown, aucune prop de composant client). " +
      "Pour un corps court, l’arbre pèse plus que lui ; l’App Router ne permet pas de retirer cette charge du HTML.",
  });

  if (run.lighthouse) {
    const floorRun = run.lighthouse.find((entry) => entry.page === "floor")?.mobile.median;
    const floorScore = floorRun?.scores.performance ?? 100;
    const floorMetrics = floorRun?.metrics;
    for (const entry of run.lighthouse.filter((e) => e.page !== "floor")) {
      const label = run.pages.find((page) => page.key === entry.page)?.label ?? entry.page;
      const mobile = entry.mobile.median;
      if (entry.page !== "search") {
        const { fcpMs, lcpMs, tbtMs } = mobile.metrics;
        targets.push({
          label: `Lighthouse mobile, performance ≥ plancher (${floorScore}) : ${label}`,
          met: mobile.scores.performance >= floorScore,
          measured: formatNumber(mobile.scores.performance),
          why:
            `FCP ${formatMs(fcpMs)}, LCP ${formatMs(lcpMs)}, TBT ${formatMs(tbtMs)} contre ${floorMetrics ? `FCP ${formatMs(floorMetrics.fcpMs)}, LCP ${formatMs(floorMetrics.lcpMs)}, TBT ${formatMs(floorMetrics.tbtMs)}` : "—"} pour le plancher. ` +
            "Le plancher n’a qu’un titre, sans image ni police : son LCP est son FCP. Ici le LCP est une vraie image sur le réseau 4G lent simulé, " +
            "et le premier affichage attend la feuille de style et la police préchargée.",
        });
      }
      const others = [mobile.scores.accessibility, mobile.scores.bestPractices, mobile.scores.seo];
      const noindex = entry.page === "search" && onlyNoindex(entry.mobile) && onlyNoindex(entry.desktop);
      const seoNote = noindex ? " (SEO : seul manque l’indexation, refusée exprès aux pages de résultats)" : "";
      targets.push({
        label: `Lighthouse mobile, accessibilité / bonnes pratiques / SEO = 100, CLS 0 : ${label}`,
        met: [others[0], others[1], noindex ? 100 : others[2]].every((score) => score === 100) && mobile.metrics.cls === 0,
        measured: `${others.join(" / ")}, CLS ${formatNumber(mobile.metrics.cls, 3)}${seoNote}`,
      });
      const desktop = entry.desktop.median.scores;
      const all = [desktop.performance, desktop.accessibility, desktop.bestPractices, desktop.seo];
      targets.push({
        label: `Lighthouse ordinateur, 100 partout : ${label}`,
        met: [...all.slice(0, 3), noindex ? 100 : desktop.seo].every((s) => s === 100),
        measured: `${all.join(" / ")}${seoNote}`,
      });
    }
  }

  const next = medianOf(run.throughput.rounds, "next");
  const nginx = medianOf(run.throughput.rounds, "nginxStatic");
  const proxy = medianOf(run.throughput.rounds, "nginxProxy");
  targets.push({
    label: "`next start`, article prérendu : ≥ 1/100 de nginx (fichier précompressé)",
    met: next.rps >= nginx.rps / 100,
    measured: `${ratio(next.rps / nginx.rps)} (${formatNumber(next.rps)} contre ${formatNumber(nginx.rps)} req/s)`,
  });
  targets.push({
    label: "`next start`, article prérendu : p99 < 100 ms à 32 connexions",
    met: next.p99 < 100,
    measured: formatMs(next.p99),
    why:
      `Node compresse la page en gzip à chaque requête (p50 ${formatMs(next.p50)}), sur deux cœurs partagés avec autocannon. ` +
      `La recette de production (deploy/nginx.conf) met nginx devant : p99 ${formatMs(proxy.p99)}, la page compressée une fois et servie depuis son cache.`,
  });
  targets.push({
    label: "nginx devant `next start` (deploy/nginx.conf), page en cache : ≥ 50 % de nginx (fichier)",
    met: proxy.rps >= nginx.rps / 2,
    measured: `${formatNumber((100 * proxy.rps) / nginx.rps)} % (${formatNumber(proxy.rps)} req/s)`,
  });
  return targets;
}

function weightRows(run: SpeedRun): string[] {
  const columns: [string, PageWeight][] = [
    ...run.pages.map((page): [string, PageWeight] => [page.label, run.weights[page.key]]),
    ["plancher (Next.js vide)", run.floorWeight],
  ];
  const row = (label: string, cell: (w: PageWeight) => string) => `| ${label} | ${columns.map(([, w]) => cell(w)).join(" | ")} |`;
  return [
    `| octets compressés (gzip) | ${columns.map(([label]) => label).join(" | ")} |`,
    `|---|${columns.map(() => "---:").join("|")}|`,
    row("HTML", (w) => kib(w.html.transferBytes)),
    row("… dont charge RSC en ligne (compressée seule)", (w) => kib(w.rscPayload.gzipBytes)),
    row("JavaScript (fichiers)", (w) => `${kib(w.js.transferBytes)} (${w.js.files.length})`),
    row("… au-dessus du plancher", (w) => kib(appJsAboveFloor(w, run.floorWeight))),
    row("CSS", (w) => kib(w.css.transferBytes)),
    row("Polices préchargées", (w) => `${kib(w.fonts.transferBytes)} (${w.fonts.count})`),
    row("**Total**", (w) => `**${kib(w.totalTransferBytes)}**`),
    row("JavaScript `nomodule` (anciens navigateurs seulement, hors total)", (w) => kib(w.nomoduleJs.transferBytes)),
  ];
}

function lighthouseRows(run: SpeedRun): string[] {
  if (!run.lighthouse) return ["Lighthouse non lancé (`--no-lighthouse`)."];
  const label = (key: string) => run.pages.find((page) => page.key === key)?.label ?? "plancher (Next.js vide)";
  const lines = [
    "| page | appareil | performance (essais) | accessibilité | bonnes pratiques | SEO | FCP | LCP | TBT | CLS | Speed Index |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const entry of run.lighthouse) {
    for (const [device, result] of [
      ["mobile", entry.mobile],
      ["ordinateur", entry.desktop],
    ] as const) {
      const { scores, metrics } = result.median;
      lines.push(
        `| ${label(entry.page)} | ${device} | **${scores.performance}** (${result.performanceScores.join(", ")}) | ${scores.accessibility} | ` +
          `${scores.bestPractices} | ${scores.seo} | ${formatMs(metrics.fcpMs)} | ${formatMs(metrics.lcpMs)} | ${formatMs(metrics.tbtMs)} | ` +
          `${formatNumber(metrics.cls, 3)} | ${formatMs(metrics.speedIndexMs)} |`,
      );
    }
  }
  const failed = run.lighthouse.flatMap((entry) =>
    [entry.mobile, entry.desktop].flatMap((result) =>
      result.median.failedAudits.map(
        (audit) =>
          `- ${label(entry.page)}, ${result.formFactor} : ${audit.title} (\`${audit.id}\`)${audit.items.length ? ` — ${audit.items.join(" ; ")}` : ""}`,
      ),
    ),
  );
  if (failed.length > 0) lines.push("", "Audits non réussis (hors performance) :", "", ...failed);
  return lines;
}

function throughputRows(run: SpeedRun): string[] {
  const servers = [
    ["`next start` (compression de Node)", "next"],
    ["nginx, fichier HTML prérendu précompressé (`gzip_static`)", "nginxStatic"],
    ["nginx (deploy/nginx.conf) devant `next start`, page en cache", "nginxProxy"],
  ] as const;
  const nginx = medianOf(run.throughput.rounds, "nginxStatic");
  return [
    "| serveur | req/s (médiane) | par essai | p50 | p99 | rapport à nginx | réponse |",
    "|---|---:|---|---:|---:|---:|---|",
    ...servers.map(([label, key]) => {
      const figures = medianOf(run.throughput.rounds, key);
      const first = run.throughput.rounds[0]?.[key];
      const answer = first ? `${first.status}, ${first.contentEncoding ?? "non compressé"}, ${formatNumber(first.wireBytes)} octets` : "—";
      return (
        `| ${label} | **${formatNumber(figures.rps)}** | ${run.throughput.rounds.map((round) => formatNumber(round[key].requestsPerSecond)).join(", ")} | ` +
        `${formatMs(figures.p50)} | ${formatMs(figures.p99)} | ${ratio(figures.rps / nginx.rps)} | ${answer} |`
      );
    }),
  ];
}

export function formatSpeedReport(run: SpeedRun): string {
  const targets = evaluateSpeedTargets(run);
  const missed = targets.filter((target) => !target.met);
  const { machine } = run;
  return [
    "# Rapport de vitesse — Lesinfos",
    "",
    "Écrit par `npm run bench` (`bench/run.ts`). Le banc construit dans la même exécution le site (contenu d’exemple, `.next-bench`) et " +
      "une page Next.js vide construite avec les mêmes dépendances (`bench/floor`, le plancher du cadre), les sert avec `next start`, " +
      "puis mesure le poids des pages, Lighthouse et le débit face à nginx. Ce n’est pas un test : les chiffres dépendent de la machine.",
    "",
    "```sh",
    "npm run bench                      # build du site et du plancher, 3 essais de chaque mesure",
    "npm run bench -- --runs 1 --no-build   # essai rapide sur les builds existants",
    "```",
    "",
    "## Résumé",
    "",
    missed.length === 0
      ? `**Tous les objectifs mesurés ici sont atteints** (${targets.length}).`
      : `**${targets.length - missed.length} objectifs atteints sur ${targets.length}** ; manqués : ${missed.map((t) => t.label).join(" ; ")}.`,
    "",
    "| objectif | résultat | mesure |",
    "|---|---|---|",
    ...targets.map((target) => `| ${target.label} | ${target.met ? "✅ atteint" : "❌ manqué"} | ${target.measured} |`),
    "",
    ...(missed.length === 0
      ? []
      : [
          "## Pourquoi ces objectifs sont manqués",
          "",
          ...missed.map((target) => `- **${target.label}** (${target.measured}) : ${target.why ?? "—"}`),
          "",
        ]),
    "## Conditions",
    "",
    `- Date : ${run.date.toISOString().slice(0, 16).replace("T", " à ")} UTC`,
    `- Machine : ${machine.cpus} processeurs (${machine.cpuModel}), ${formatNumber(machine.memoryBytes / 1024 ** 3, 1)} Gio, ${machine.kernel} ; charge moyenne au départ : ${formatNumber(machine.loadAverage, 2)}`,
    `- Logiciels : Node ${machine.node}, Next.js ${machine.next}, autocannon ${machine.autocannon}, Lighthouse ${run.lighthouseVersion ?? "—"}`,
    `- Essais : ${run.runs} par mesure de Lighthouse et de débit ; médianes ; le poids des pages ne varie pas d’un essai à l’autre et est mesuré une fois.`,
    "",
    "## Poids des pages",
    "",
    `Ce que le navigateur télécharge pour afficher chaque page, compressé comme \`next start\` l’envoie (gzip). Pages : ${run.pages.map((p) => `${p.label} \`${p.path}\``).join(", ")}.`,
    "",
    ...weightRows(run),
    "",
    `Corps de l’article rendu en HTML : ${kib(run.articleBodyHtmlBytes)} non compressé ; charge RSC en ligne de la page : ${kib(run.weights.article.rscPayload.rawBytes)} non compressée. ` +
      "La charge RSC porte tout l’arbre de la page (en-tête, menu, pied, articles liés) en plus du corps, une seule fois : aucun composant client ne reçoit le corps ni son arbre Markdown.",
    "",
    "## Lighthouse",
    "",
    `Lighthouse ${run.lighthouseVersion ?? ""} avec le Chromium du système, réglages mobile par défaut (Moto G Power simulé, réseau 4G lent, processeur ralenti 4×) et réglages ordinateur ; ` +
      `${run.runs} essais par page et par appareil, l’essai médian (par score de performance) est retenu.`,
    "",
    ...lighthouseRows(run),
    "",
    "## Débit du serveur",
    "",
    `autocannon en boucle locale, 32 connexions, 10 s de mesure après 3 s d’échauffement, sur l’article prérendu \`${run.throughput.path}\`, ` +
      `réponses compressées demandées (\`accept-encoding: gzip, deflate, br\`). Les trois serveurs sont mesurés l’un après l’autre, ${run.runs} fois.`,
    "",
    ...throughputRows(run),
    "",
  ].join("\n");
}
