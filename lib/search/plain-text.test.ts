import { describe, expect, it } from "vitest";

import { markdownToPlainText } from "./plain-text";

describe("markdownToPlainText", () => {
  it.each([
    [
      "## Une usine géante\n\nLe principe est **simple**, la _réalisation_ ~~facile~~ moins.",
      "Une usine géante — Le principe est simple, la réalisation facile moins.",
    ],
    [
      "## La délégation marocaine ##\n\nLa délégation arrive.\n\n## Et ensuite ?",
      "La délégation marocaine — La délégation arrive. Et ensuite ?",
    ],
    ["# Titre\n## Intertitre\nTexte", "Titre — Intertitre — Texte"],
    ['[Le communiqué](https://example.org/c "titre") et <https://www.example.org>', "Le communiqué et https://www.example.org"],
    ["Voir [la note][n].\n\n[n]: https://example.org/note", "Voir la note."],
    ["![Une carte](/images/carte.webp) Légende", "Légende"],
    ["Le soir[^1].\n\n[^1]: Une note.", "Le soir. Une note."],
    ["- un ;\n- deux ;\n1. trois\n> cité", "un ; deux ; trois cité"],
    ["| Ville | Taux |\n|---|---:|\n| Rabat | 12 % |", "Ville Taux Rabat 12 %"],
    ['<span lang="ar" dir="rtl">مرحبا</span> et <b>gras</b>', "مرحبا et gras"],
    ["<p>un</p><p>deux</p>", "un deux"],
    ["Avant<script>alert(1)</script> après <!-- caché --> fin", "Avant après fin"],
    ["Texte <script>\nalert(1)\n</script>\n\nSuite", "Texte Suite"],
    ["Prix &amp; salaires, 5&nbsp;% &#233;t&#xE9;", "Prix & salaires, 5\u00a0% été"],
    ["\\*pas d’emphase\\* et nom_de_code", "*pas d’emphase* et nom_de_code"],
    ["Titre\n===\n\n---\n\nTexte `code`", "Titre Texte code"],
    ["```\nconst x = 1;\n```", "const x = 1;"],
  ])("%j → %j", (markdown, expected) => expect(markdownToPlainText(markdown)).toBe(expected));
});
