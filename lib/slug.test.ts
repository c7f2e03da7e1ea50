import { describe, expect, it } from "vitest";

import { slugify } from "./slug";

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
