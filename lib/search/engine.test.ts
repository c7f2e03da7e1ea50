import { describe, expect, it } from "vitest";

import type { Article } from "../content";
import { makeArticle, testBody } from "../testing/articles";
import { buildSearchIndex, LEAD_WORDS, search, type SearchResults } from "./engine";
import type { Highlight } from "./highlight";
import { searchArticles } from "./test-fixtures";

const build = (articles: readonly Article[], fullTextLimit?: number) => buildSearchIndex(articles, testBody, fullTextLimit);
const index = await build(searchArticles);
const slugs = (results: SearchResults) => results.results.map((hit) => hit.article.slug);
const all = (query: string) => search(index, query, { pageSize: 100 });
const marked = (segments: Highlight[]) => segments.filter((s) => s.match).map((s) => s.text);

type Expectation = { exactly: string[] } | { first: string } | { including: string[] };

describe("search: query → articles", () => {
  const cases: [string, string, Expectation][] = [
    ["accents", "securite", { exactly: ["securite-routiere-campagne-ete"] }],
    ["case", "MAROC", { first: "maroc-releve-ses-previsions-de-croissance" }],
    [
      "prefix: Maroc finds marocaine(s)",
      "Maroc",
      {
        exactly: ["maroc-releve-ses-previsions-de-croissance", "lions-de-l-atlas-qualifies", "agrumes-exportations-record"],
      },
    ],
    [
      "feminine plural meets masculine",
      "marocain",
      {
        exactly: ["lions-de-l-atlas-qualifies", "agrumes-exportations-record"],
      },
    ],
    ["plural", "élection", { first: "elections-communales-partielles" }],
    ["elision, straight apostrophe", "l'immigration", { exactly: ["rapport-annuel-migrations"] }],
    [
      "elision, curly apostrophe",
      "l’eau",
      {
        exactly: ["usine-de-dessalement-casablanca", "barrages-reserves-au-plus-bas"],
      },
    ],
    ["elision of de", "d'Agadir", { exactly: ["tourisme-ete-record-a-agadir"] }],
    [
      "title above body, even when older",
      "dessalement",
      {
        exactly: ["usine-de-dessalement-casablanca", "barrages-reserves-au-plus-bas"],
      },
    ],
    ["ties by recency", "orages", { first: "meteo-orages-azrou" }],
    ["tag", "sécheresse", { exactly: ["usine-de-dessalement-casablanca"] }],
    ["rubrique name", "culture", { exactly: ["festival-gnaoua-essaouira"] }],
    [
      "rubrique name with accents, ties newest first",
      "economie",
      {
        exactly: ["tourisme-ete-record-a-agadir", "maroc-releve-ses-previsions-de-croissance", "agrumes-exportations-record"],
      },
    ],
    [
      "author name, ties newest first",
      "Bennani",
      {
        exactly: ["usine-de-dessalement-casablanca", "securite-routiere-campagne-ete", "festival-gnaoua-essaouira"],
      },
    ],
    ["several words: all of them", "Casablanca tramway", { exactly: ["tramway-ligne-3-casablanca"] }],
    [
      "several words, none together: any of them",
      "tramway Agadir",
      {
        exactly: ["tourisme-ete-record-a-agadir", "tramway-ligne-3-casablanca"],
      },
    ],
    ["typo", "Casablnca", { including: ["usine-de-dessalement-casablanca", "tramway-ligne-3-casablanca"] }],
    ["stop words dropped", "la sécurité des routes", { first: "securite-routiere-campagne-ete" }],
    ["stop words only", "à la", { including: ["lions-de-l-atlas-qualifies", "tourisme-ete-record-a-agadir"] }],
    ["HTML as text", "<b>Essaouira</b>", { exactly: ["festival-gnaoua-essaouira"] }],
    ["control characters", "Ess\u0000aouira\u0007", { exactly: ["festival-gnaoua-essaouira"] }],
    ["body text of a link", "communiqué", { exactly: ["maroc-releve-ses-previsions-de-croissance"] }],
    ["link targets are not indexed", "example", { exactly: [] }],
    ["Arabic passage", "السلامة", { exactly: ["securite-routiere-campagne-ete"] }],
    ["nothing found", "volcan", { exactly: [] }],
  ];

  it.each(cases)("%s: %j", async (_, query, expectation) => {
    const found = slugs(await all(query));
    if ("exactly" in expectation) expect(found).toEqual(expectation.exactly);
    else if ("first" in expectation) expect(found[0]).toBe(expectation.first);
    else expect(found).toEqual(expect.arrayContaining(expectation.including));
  });
});

describe("search", () => {
  it("ranks equal scores newest first", async () => {
    const [azrou, ifrane] = (await all("orages")).results;
    expect(azrou?.score).toBe(ifrane?.score);
    expect(slugs(await all("orages")).slice(0, 2)).toEqual(["meteo-orages-azrou", "meteo-orages-ifrane"]);
  });

  it("ranks a title match above a chapô match above a body match", async () => {
    const articles: Article[] = [
      makeArticle("dans-le-corps", { title: "Un titre", description: "Un chapô.", body: "Le port de Tanger Med." }),
      makeArticle("dans-le-chapo", { title: "Un titre", description: "Le port de Tanger Med.", body: "Un corps." }),
      makeArticle("dans-le-titre", { title: "Le port de Tanger Med", description: "Un chapô.", body: "Un corps." }),
    ];
    expect(slugs(await search(await build(articles), "Tanger"))).toEqual(["dans-le-titre", "dans-le-chapo", "dans-le-corps"]);
  });

  it("matches numbers exactly, typos allowed only in words", async () => {
    const articles: Article[] = [
      makeArticle("budget-2026", { title: "Le budget 2026 adopté" }),
      makeArticle("budget-2027", { title: "Le budget 2027 présenté" }),
    ];
    const numbers = await build(articles);
    expect(slugs(await search(numbers, "2027"))).toEqual(["budget-2027"]);
    expect(slugs(await search(numbers, "budjet 2027"))).toEqual(["budget-2027"]);
  });

  it("returns the cleaned query and finds nothing for an empty one", async () => {
    for (const raw of [undefined, "", "   ", [], ["\u0000"]]) {
      expect(await search(index, raw)).toEqual({ query: "", total: 0, page: 1, totalPages: 1, results: [] });
    }
    expect((await search(index, ["  Agadir ", "Rabat"])).query).toBe("Agadir");
  });

  it("keeps HTML in a query as text and searches its words", async () => {
    const results = await search(index, "<script>alert(1)</script>");
    expect(results.query).toBe("<script>alert(1)</script>");
    // « alert » finds « alerte »: the tags are words like any other, and match nothing.
    expect(slugs(results)).toEqual(["meteo-orages-azrou", "meteo-orages-ifrane"]);
  });

  it("cuts a 10 000-character query to 200", async () => {
    const results = await search(index, `Essaouira ${"x".repeat(10_000)}`);
    expect(results.query).toHaveLength(200);
    expect(slugs(results)).toEqual(["festival-gnaoua-essaouira"]);
  });

  it("pages through the results", async () => {
    const everything = slugs(await all("les"));
    expect(everything.length).toBeGreaterThan(6);
    const second = await search(index, "les", { page: 2, pageSize: 3 });
    expect(second.page).toBe(2);
    expect(second.total).toBe(everything.length);
    expect(second.totalPages).toBe(Math.ceil(everything.length / 3));
    expect(slugs(second)).toEqual(everything.slice(3, 6));
  });

  it("gives an empty page past the end, with the real total", async () => {
    const results = await search(index, "Agadir", { page: 5, pageSize: 10 });
    expect(results).toMatchObject({ total: 1, page: 5, totalPages: 1, results: [] });
  });

  it("rejects a page or page size that is not a positive integer", async () => {
    await expect(search(index, "Agadir", { page: 0 })).rejects.toThrow(RangeError);
    await expect(search(index, "Agadir", { page: 1.5 })).rejects.toThrow(RangeError);
    await expect(search(index, "Agadir", { pageSize: 0 })).rejects.toThrow(RangeError);
  });

  it("highlights the matched words in the title and the excerpt", async () => {
    const [hit] = (await search(index, "securite")).results;
    expect(hit?.titleHighlights).toEqual([
      { text: "La ", match: false },
      { text: "Sécurité", match: true },
      { text: " routière lance sa campagne d’été", match: false },
    ]);

    const [lions] = (await search(index, "Maroc Rabat")).results;
    expect(lions?.article.slug).toBe("lions-de-l-atlas-qualifies");
    expect(marked(lions?.excerpt ?? [])).toEqual(["marocaine", "Rabat"]);
  });

  it("quotes the body around the first match, without Markdown or HTML", async () => {
    const [hit] = (await search(index, "énergies renouvelables")).results;
    const text = hit?.excerpt.map((s) => s.text).join("") ?? "";
    expect(text).toContain("Une question d’énergie — Ses promoteurs");
    expect(text).not.toMatch(/[#*<>]/);
    expect(marked(hit?.excerpt ?? [])).toEqual(["énergie", "énergies", "renouvelables"]);
  });

  it("falls back on the start of the chapô when only the title, tags or byline match", async () => {
    const [hit] = (await search(index, "Bennani")).results;
    expect(hit?.excerpt).toEqual([
      { text: "La première tranche alimente depuis jeudi le réseau de distribution de la métropole.", match: false },
    ]);
  });
});

describe("search: typos only when the words as typed find nothing", () => {
  const orchard = build([
    makeArticle("alerte-orages", { title: "Alerte aux orages dans le Rif", description: "Des pluies fortes sont attendues." }),
    makeArticle("recolte-oranges", { title: "La récolte des oranges commence", description: "Les vergers du Souss s’activent." }),
  ]);

  it("does not mix a near spelling into exact matches", async () => {
    expect(slugs(await search(await orchard, "orages"))).toEqual(["alerte-orages"]);
    expect(slugs(await search(await orchard, "oranges"))).toEqual(["recolte-oranges"]);
  });

  it("falls back to typo matching when nothing is spelt that way", async () => {
    expect(slugs(await search(await orchard, "récolta"))).toEqual(["recolte-oranges"]);
  });
});

describe("search: a large archive indexes the lead of each body", () => {
  const filler = Array.from({ length: LEAD_WORDS + 40 }, (_, i) => `mot${i}`).join(" ");
  const articles = [
    makeArticle("port-tanger-trafic", {
      title: "Le port de Tanger Med bat son record",
      description: "Le trafic de conteneurs a progressé sur l’année.",
      body: `Les transbordeurs ont afflué au printemps. ${filler}\n\nLes dockers réclament une prime exceptionnelle.`,
    }),
  ];

  it("finds words of the whole body up to the limit", async () => {
    const full = await build(articles, 1);
    expect(slugs(await search(full, "dockers"))).toEqual(["port-tanger-trafic"]);
    expect(await full.bodyText(articles[0]!)).toContain("prime exceptionnelle");
  });

  it("beyond it, finds the title, chapô and lead but not the rest of the body", async () => {
    const large = await build(articles, 0);
    expect(slugs(await search(large, "transbordeurs"))).toEqual(["port-tanger-trafic"]);
    expect(slugs(await search(large, "conteneurs"))).toEqual(["port-tanger-trafic"]);
    expect((await search(large, "dockers")).total).toBe(0);
    const lead = await large.bodyText(articles[0]!);
    expect(lead.split(" ")).toHaveLength(LEAD_WORDS);
    expect(lead.startsWith("Les transbordeurs ont afflué au printemps.")).toBe(true);
  });
});

describe("search: an index with the articles changed since it was built beside it", () => {
  it("finds the corrected and the new article, not the withdrawn or the old version, ranked as in a full index", async () => {
    const [first, second, ...rest] = searchArticles;
    const corrected = { ...first!, title: "Un titre corrigé sur les palmeraies de Figuig" };
    const fresh = makeArticle("palmeraies-de-tata", {
      title: "Les palmeraies de Tata reverdissent",
      publishedAt: new Date("2025-05-01T10:00:00Z"),
    });
    const position = (article: Article) => searchArticles.indexOf(article);
    const layered = {
      ...index,
      removed: new Set([position(first!), position(second!)]),
      added: await build([corrected, fresh]),
    };
    const full = await build([corrected, fresh, ...rest]);
    expect(slugs(await search(layered, "palmeraies"))).toEqual(slugs(await search(full, "palmeraies")));
    expect(slugs(await search(layered, "palmeraies"))).toEqual([fresh.slug, corrected.slug]);
    const found = async (query: string) => (await search(layered, query, { pageSize: 100 })).results.map((hit) => hit.article);
    expect(await found(first!.title)).not.toContain(first);
    expect(await found(first!.title)).toContain(corrected);
    expect(await found(second!.title)).not.toContain(second);
    const [hit] = (await search(layered, "Tata")).results;
    expect(hit?.titleHighlights.filter((part) => part.match).map((part) => part.text)).toEqual(["Tata"]);
  });
});
