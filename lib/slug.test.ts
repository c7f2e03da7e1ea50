import { describe, expect, it } from "vitest";

import { articleSlug, slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["Sécurité routière", "securite-routiere"],
    ["Maroc", "maroc"],
    ["L’économie de l’eau", "l-economie-de-l-eau"],
    ["Cœur de ville", "coeur-de-ville"],
    ["  Coupe d'Afrique 2025 !  ", "coupe-d-afrique-2025"],
    ["Énergie — solaire", "energie-solaire"],
  ])("%j → %j", (input, expected) => expect(slugify(input)).toBe(expected));
});

describe("articleSlug", () => {
  const free = () => false;

  it("keeps stop-words and removes accents", () => {
    expect(articleSlug("Le budget de l’État adopté à la Chambre", free)).toBe("le-budget-de-l-etat-adopte-a-la-chambre");
  });

  it("cuts long titles at a word boundary, 80 characters at most", () => {
    const slug = articleSlug(
      "Régionalisation avancée : les présidents des douze régions réclament davantage de moyens propres pour investir",
      free,
    );
    expect(slug).toBe("regionalisation-avancee-les-presidents-des-douze-regions-reclament-davantage-de");
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it("makes the slug unique", () => {
    const taken = new Set(["eau-potable", "eau-potable-2"]);
    expect(articleSlug("Eau potable", (slug) => taken.has(slug))).toBe("eau-potable-3");
  });

  it("stays within 80 characters with its suffix", () => {
    const [a, b, c] = ["a".repeat(30), "b".repeat(30), "c".repeat(17)];
    const first = articleSlug(`${a} ${b} ${c}`, () => false);
    expect(first).toBe(`${a}-${b}-${c}`);
    expect(first).toHaveLength(79);
    // With "-2" the slug would be 81 characters: the last word goes.
    expect(articleSlug(`${a} ${b} ${c}`, (slug) => slug === first)).toBe(`${a}-${b}-2`);
  });

  it("never gives an empty slug", () => {
    expect(articleSlug("?!", free)).toBe("article");
  });
});
