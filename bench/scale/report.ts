/** bench/SCALE-REPORT.md from the stored runs, one column per N. */
import os from "node:os";

import { table } from "../lib/format";
import type { Failure, Measurements, RunRecord } from "./protocol";

const number = (value: number, digits = 0) =>
  new Intl.NumberFormat("fr-FR", { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
/** "850 ms", "12,3 s", "4 min 05 s". */
function duration(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  if (ms < 10) return `${number(ms, 2)} ms`;
  if (ms < 1000) return `${number(ms)} ms`;
  if (ms < 120_000) return `${number(ms / 1000, 1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}
const megabytes = (value: number | null) => (value === null ? "—" : `${number(value)} Mo`);
const withCpu = (ms: number, cpu: number | undefined) => (cpu === undefined ? duration(ms) : `${duration(ms)} (CPU ${duration(cpu)})`);

type Row = [label: string, cell: (m: Measurements, run: RunRecord) => string];

const ROWS: Row[] = [
  ["Articles chargés / publiés au 25/11/2026", (m) => `${number(m.articles)} / ${number(m.published)}`],
  ["Problèmes de contenu", (m) => number(m.problems)],
  [
    "Lectures de fichiers pendant le chargement",
    (m) =>
      m.boundedReads
        ? `**bornées à ${m.boundedReads.limit}** (contournement du banc, après l’échec EMFILE ci-dessous)`
        : "celles de `loadContent`, telles quelles",
  ],
  ["**Chargement** `loadContent`", (m) => withCpu(m.load.ms, m.cpuMs.load)],
  ["RSS / heapUsed avant chargement", (m) => `${megabytes(m.baseline.rssMb)} / ${megabytes(m.baseline.heapUsedMb)}`],
  ["RSS / heapUsed après chargement", (m) => `${megabytes(m.load.after.rssMb)} / ${megabytes(m.load.after.heapUsedMb)}`],
  ["heapUsed après chargement et GC (retenu)", (m) => megabytes(m.load.afterGc.heapUsedMb)],
  ["**Filtre des articles publiés** (1er appel / médiane)", (m) => `${duration(m.filter.firstMs)} / ${duration(m.filter.medianMs)}`],
  ["… et recherche de la prochaine publication (médiane)", (m) => duration(m.filter.nextPublicationScanMs)],
  [
    "**Rendu d’un corps** `renderMarkdown` (le plus long, 1er / médiane)",
    (m) => `${duration(m.render.firstMs)} / ${duration(m.render.medianMs)} (${number(m.render.words)} mots)`,
  ],
  ["**Index de recherche** `buildSearchIndex`", (m) => withCpu(m.searchBuild.ms, m.cpuMs["search-build"])],
  [
    "RSS / heapUsed après l’index (après GC)",
    (m) => `${megabytes(m.searchBuild.afterGc.rssMb)} / ${megabytes(m.searchBuild.afterGc.heapUsedMb)}`,
  ],
  [
    "**Recherche**, 100 requêtes : médiane / p99 / max",
    (m) => `${duration(m.search.medianMs)} / ${duration(m.search.p99Ms)} / ${duration(m.search.maxMs)}`,
  ],
  [
    "… mêmes requêtes, page d’un seul résultat : médiane / p99",
    (m) => `${duration(m.search.pageOf1MedianMs)} / ${duration(m.search.pageOf1P99Ms)}`,
  ],
  ["… requêtes avec résultats / résultats en moyenne", (m) => `${m.search.withHits} / ${number(m.search.meanHits)}`],
  ["**Sitemap** `sitemapEntries`", (m) => withCpu(m.sitemap.entriesMs, m.cpuMs["sitemap-entries"])],
  ["… adresses / fichiers (`splitSitemap`, 50 000 par fichier)", (m) => `${number(m.sitemap.entries)} / ${m.sitemap.files}`],
  ["… XML de l’index et de toutes les parties", (m) => `${duration(m.sitemap.xmlMs)} (${number(m.sitemap.xmlMb, 1)} Mo)`],
  ["Pic de RSS du processus", (m) => megabytes(m.peakRssMb)],
  ["Durée totale de la mesure", (m) => duration(m.totalMs)],
  [
    "Charge de la machine (1 min) au début / à la fin",
    (_, run) => `${number(run.machineLoad.before, 1)} / ${number(run.machineLoad.after, 1)}`,
  ],
];

const BREAKDOWN_LABELS: Record<string, string> = {
  readFile: "lecture du fichier (`readFile`)",
  frontMatterYaml: "en-tête YAML (`parseFrontMatter`)",
  zodSchema: "validation zod",
  imageStatAndSharp: "image : `stat` + `sharp().metadata()` (moyenne sur tous les articles)",
  typography: "typographie (titre, chapô, légende)",
  readingTime: "temps de lecture",
};

function failureSection(run: RunRecord, failure: Failure, title: string): string[] {
  const done = failure.completed.map((phase) => `${phase.phase} (${duration(phase.ms)})`).join(", ") || "aucune";
  const memory = (label: string, m: { rssMb: number | null; heapUsedMb: number } | undefined) =>
    m ? `${label} : RSS ${megabytes(m.rssMb)}, heapUsed ${megabytes(m.heapUsedMb)}` : `${label} : —`;
  return [
    `### ${number(run.count)} articles : ${title}`,
    "",
    `- Phase en cours : **${failure.phase}**, après ${duration(failure.elapsedS * 1000)} ; fin du processus : ${failure.exit}.`,
    ...(failure.error ? [`- Erreur : \`${failure.error}\``] : []),
    `- ${memory("Mémoire au début de la phase", failure.atPhaseStart)} ; ${memory("dernier relevé", failure.lastSample)} ; pic de RSS relevé : ${megabytes(failure.peakRssMb)}.`,
    `- Phases terminées : ${done}.`,
    "",
    "```",
    failure.stderrTail.trim() || "(rien sur stderr)",
    "```",
    "",
  ];
}

type SiteRow = [label: string, cell: (site: NonNullable<RunRecord["site"]>) => string];

const SITE_ROWS: SiteRow[] = [
  [
    "**`next build`** : durée",
    ({ build }) => ("failed" in build ? `échec après ${duration(build.ms)} : ${build.failed}` : duration(build.ms)),
  ],
  ["… pic de mémoire (somme des RSS de l’arbre de processus)", ({ build }) => megabytes(build.peakTreeRssMb)],
  ["… articles prérendus", ({ build }) => ("failed" in build ? "—" : number(build.prerenderedArticles))],
  ["**`next start`** : premier 200 de l’accueil après le lancement", ({ server }) => (server ? duration(server.startMs) : "—")],
  [
    "… RSS au démarrage / après les requêtes ci-dessous",
    ({ server }) => (server ? `${megabytes(server.rssAfterStartMb)} / ${megabytes(server.rssAfterRequestsMb)}` : "—"),
  ],
  [
    "**Article non prérendu**, 1re requête : médiane / max",
    ({ server }) =>
      server
        ? `${duration(server.onDemand.firstP50Ms)} / ${duration(server.onDemand.firstMaxMs)} (${server.onDemand.sample} articles)`
        : "—",
  ],
  [
    "… puis depuis le cache : médiane / p99",
    ({ server }) => (server ? `${duration(server.onDemand.cachedP50Ms)} / ${duration(server.onDemand.cachedP99Ms)}` : "—"),
  ],
  [
    "**Article prérendu** : médiane / p99",
    ({ server }) => (server ? `${duration(server.prerendered.p50Ms)} / ${duration(server.prerendered.p99Ms)}` : "—"),
  ],
  [
    "**`/recherche`** par HTTP : 1re requête (index construit) / médiane / p99",
    ({ server }) =>
      server
        ? `${duration(server.search.firstMs)} / ${duration(server.search.p50Ms)} / ${duration(server.search.p99Ms)} (${server.search.queries} requêtes)`
        : "—",
  ],
];

function editorsSection(count: number, e: NonNullable<RunRecord["editors"]>): string[] {
  const runs = e.saveToReload.runs.map((run) => `${duration(run.ms)}${run.restarted ? " (redémarrage de next dev)" : ""}`).join(", ");
  return [
    `## La boucle de la rédaction à ${number(count)} articles (\`next dev\`)`,
    "",
    table(
      ["mesure", "durée"],
      [
        ["« Ready » de next dev", e.readyMs === null ? "—" : duration(e.readyMs)],
        ["**Démarrage à froid jusqu’à la première page d’article**", `**${duration(e.firstArticleMs)}**`],
        ["Première page d’accueil (sa route se compile alors)", duration(e.firstHomeMs)],
        ["Même article, deuxième requête", duration(e.warmArticleMs)],
        [
          `**Enregistrer → texte nouveau au rechargement** (médiane de ${e.saveToReload.runs.length})`,
          `**${duration(e.saveToReload.medianMs)}**`,
        ],
        ["… chaque essai", runs],
        ...(e.restarts > 0 ? [["Redémarrages de next dev pendant la mesure (figures moins propres)", String(e.restarts)]] : []),
      ],
    ),
    "",
  ];
}

export function renderReport(runs: RunRecord[], command: string): string {
  const sorted = [...runs].sort((a, b) => a.count - b.count);
  const header = ["", ...sorted.map((run) => `${number(run.count)} articles`)];
  const cell = (run: RunRecord, row: Row) =>
    run.result ? row[1](run.result, run) : run.status === "failed" ? "échec (voir plus bas)" : "—";
  const generation = (run: RunRecord) =>
    `${run.generation.reused ? "réutilisé" : `${duration((run.generation.seconds ?? 0) * 1000)}`}, ${megabytes(run.generation.megabytes)}`;
  const lines = [
    "# Passage à l’échelle du contenu",
    "",
    `Écrit par \`${command}\` le ${new Date().toISOString().slice(0, 16).replace("T", " à ")} UTC (graine « ${sorted[0]?.seed ?? ""} ») ; ` +
      "ce que le banc mesure et comment : [bench/README.md](README.md). " +
      `Machine : ${os.cpus()[0]?.model ?? "processeur inconnu"}, ${os.cpus().length} cœurs, ${number(os.totalmem() / 2 ** 30)} Gio, Node.js ${process.version} ; ` +
      "au-dessus d’une charge de 2 (dernière ligne), le processus a attendu le processeur : les temps CPU en dépendent peu, les temps écoulés beaucoup.",
    "",
    table(header, [
      ["Mesuré le", ...sorted.map((run) => run.date.slice(0, 16).replace("T", " "))],
      ["Code mesuré (commit)", ...sorted.map((run) => run.code ?? "?")],
      ["Génération du contenu (durée, taille)", ...sorted.map(generation)],
      ...ROWS.map((row) => [row[0], ...sorted.map((run) => cell(run, row))]),
    ]),
    "",
    ...(sorted.some((run) => run.site)
      ? [
          "## Le site de production sur ce contenu",
          "",
          table(
            header,
            SITE_ROWS.map(([label, cellOf]) => [label, ...sorted.map((run) => (run.site ? cellOf(run.site) : "non mesuré"))]),
          ),
          "",
        ]
      : []),
    ...sorted.flatMap((run) => (run.editors ? editorsSection(run.count, run.editors) : [])),
    "## Où passe le temps du chargement (µs par article, chaque étape seule, 1 000 premiers fichiers)",
    "",
    table(
      ["étape", ...sorted.map((run) => number(run.count))],
      Object.entries(BREAKDOWN_LABELS).map(([step, label]) => [
        label,
        ...sorted.map((run) => (run.result ? number(run.result.loadBreakdown.perArticleUs[step] ?? NaN) : "—")),
      ]),
    ),
    "",
  ];
  const failures = sorted.flatMap((run) => [
    ...(run.firstAttempt ? [failureSection(run, run.firstAttempt, "échec du code actuel")] : []),
    ...(run.failure ? [failureSection(run, run.failure, run.firstAttempt ? "échec, même avec des lectures bornées" : "échec")] : []),
  ]);
  if (failures.length > 0) lines.push("## Échecs", "", ...failures.flat());
  return lines.join("\n");
}
