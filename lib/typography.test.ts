import { describe, expect, it } from "vitest";

import { frenchTypography } from "./typography";

// \u202f is the narrow no-break space, \u00a0 the no-break space.
const cases: Array<[string, string]> = [
  // Already correct: unchanged.
  ["Le Maroc accélère sa transition énergétique", "Le Maroc accélère sa transition énergétique"],
  ["Pourquoi\u202f? Parce que\u00a0: «\u202fnon\u202f»\u202f!", "Pourquoi\u202f? Parce que\u00a0: «\u202fnon\u202f»\u202f!"],
  [
    "L’eau, aujourd’hui\u202f; 12\u202f000\u00a0km à 20\u00a0h\u00a030…",
    "L’eau, aujourd’hui\u202f; 12\u202f000\u00a0km à 20\u00a0h\u00a030…",
  ],

  // Headlines.
  ["Faut-il craindre la sécheresse ?", "Faut-il craindre la sécheresse\u202f?"],
  ["Pourquoi?", "Pourquoi\u202f?"],
  ["Les Lions de l’Atlas qualifiés !", "Les Lions de l’Atlas qualifiés\u202f!"],
  ["Ports : le trafic de conteneurs poursuit sa hausse", "Ports\u00a0: le trafic de conteneurs poursuit sa hausse"],
  ["Ports: le trafic", "Ports\u00a0: le trafic"],
  ["Rabat ; Casablanca", "Rabat\u202f; Casablanca"],

  // Spaces the editor typed are replaced, whatever they were.
  ["Vraiment\u00a0?", "Vraiment\u202f?"],
  ["Vraiment\u2009?", "Vraiment\u202f?"],
  ["Vraiment   ?", "Vraiment\u202f?"],
  ["Note\u202f: fin", "Note\u00a0: fin"],

  // ?! and !?: one space, before the first mark.
  ["Quoi?!", "Quoi\u202f?!"],
  ["Incroyable !?", "Incroyable\u202f!?"],

  // Not French punctuation: left alone.
  ["Lire https://exemple.ma/a?b=c", "Lire https://exemple.ma/a?b=c"],
  ["Voir www.x.ma et https://x.ma:8080/page", "Voir www.x.ma et https://x.ma:8080/page"],
  ["Le lien https://x.ma/?a=1 : à lire", "Le lien https://x.ma/?a=1\u00a0: à lire"],
  ["Est-ce https://x.ma/faq?", "Est-ce https://x.ma/faq\u202f?"],
  ["Coup d’envoi à 12:30", "Coup d’envoi à 12:30"],
  ["Un ratio de 3:1", "Un ratio de 3:1"],
  ["std::vector et a::b", "std::vector et a::b"],
  ["Écrire à contact@lesinfos.ma ou @lesinfos_ma", "Écrire à contact@lesinfos.ma ou @lesinfos_ma"],
  ["(?) et [!]", "(?) et [!]"],

  // Guillemets.
  ['Il a dit "non".', "Il a dit «\u202fnon\u202f»."],
  ['"mot"', "«\u202fmot\u202f»"],
  ['"Pourquoi ?", demande-t-il', "«\u202fPourquoi\u202f?\u202f», demande-t-il"],
  ['Le "Grand Stade" et le "Complexe"', "Le «\u202fGrand Stade\u202f» et le «\u202fComplexe\u202f»"],
  ["«mot»", "«\u202fmot\u202f»"],
  ["« mot »", "«\u202fmot\u202f»"],
  ["«\u00a0mot\u00a0»", "«\u202fmot\u202f»"],
  ["«Ah!»", "«\u202fAh\u202f!\u202f»"],
  ['Un écran de 12"', 'Un écran de 12"'],

  // Apostrophes and ellipsis.
  ["l'eau", "l’eau"],
  ["Il dit qu'aujourd'hui c'est l'été", "Il dit qu’aujourd’hui c’est l’été"],
  ["l'« affaire »", "l’«\u202faffaire\u202f»"],
  ["Et alors...", "Et alors…"],
  ["Et alors . . .", "Et alors . . ."],

  // Numbers, thousands and units.
  ["12 000 habitants", "12\u202f000 habitants"],
  ["1 200 000 dirhams", "1\u202f200\u202f000\u00a0dirhams"],
  ["En 2025, 1200 élèves", "En 2025, 1200 élèves"],
  ["Code postal 20250 Casablanca", "Code postal 20250 Casablanca"],
  ["Appeler le +212 522 123 456", "Appeler le +212 522 123 456"],
  ["Une hausse de 15 %", "Une hausse de 15\u00a0%"],
  ["Une hausse de 15%", "Une hausse de 15\u00a0%"],
  ["Une inflation de 2,5 %.", "Une inflation de 2,5\u00a0%."],
  ["Rendez-vous à 20 h", "Rendez-vous à 20\u00a0h"],
  ["Rendez-vous à 20 h 30", "Rendez-vous à 20\u00a0h\u00a030"],
  ["Rendez-vous à 20h30", "Rendez-vous à 20h30"],
  ["12 km, 50 m², 3 kg, 10 ha", "12\u00a0km, 50\u00a0m², 3\u00a0kg, 10\u00a0ha"],
  ["200 MW puis 1 GW", "200\u00a0MW puis 1\u00a0GW"],
  ["Un budget de 3 milliards de DH", "Un budget de 3\u00a0milliards de DH"],
  ["450 DH et 25 °C", "450\u00a0DH et 25\u00a0°C"],
  ["Il a 20 ans", "Il a 20\u00a0ans"],
  ["Le numéro 1 s'est imposé", "Le numéro 1 s’est imposé"],

  // Ordinals, abbreviations, English.
  ["Le 1er mars, la 2e édition", "Le 1er mars, la 2e édition"],
  ["Au XXIe siècle, M. Laftit et Mme Alaoui, n° 5", "Au XXIe siècle, M. Laftit et Mme Alaoui, n° 5"],
  ["Il répond « don't worry »", "Il répond «\u202fdon’t worry\u202f»"],
];

describe("frenchTypography", () => {
  it("has a case table worth the name", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("%j → %j", (input, expected) => {
    expect(frenchTypography(input)).toBe(expected);
  });

  it.each(cases)("is idempotent on %j", (input) => {
    const once = frenchTypography(input);
    expect(frenchTypography(once)).toBe(once);
  });

  it("is idempotent on random mixes of tricky characters", () => {
    const pieces = ["a", "é", "1", "000", " ", "\u00a0", "\u202f", "\n", "?", "!", ":", ";", "«", "»", '"', "'"];
    pieces.push("...", "%", " h", " km", "(", "https://x.ma/?a=1", "@x", "12:30");
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let run = 0; run < 3000; run++) {
      const input = Array.from({ length: 1 + (next() % 10) }, () => pieces[next() % pieces.length]).join("");
      const once = frenchTypography(input);
      expect(frenchTypography(once), JSON.stringify(input)).toBe(once);
    }
  });
});
