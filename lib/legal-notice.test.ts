import { describe, expect, it } from "vitest";

import { formatLegalNoticeGap, legalNoticeGaps } from "./legal-notice";
import { site, type LegalNotice } from "./site";

const complete: LegalNotice = {
  publisher: { name: "Éditions Test", address: "1, rue du Test, Rabat" },
  director: "Amina Test",
  management: [{ name: "Amina Test", role: "gérante" }],
  host: { name: "Hébergeur Test", address: "2, rue du Serveur, Fès" },
};

describe("legalNoticeGaps", () => {
  it("finds nothing missing in the sample newsroom's notice", () => {
    expect(legalNoticeGaps(site.legal)).toEqual([]);
  });

  it("names each empty required item, in the configuration's words", () => {
    const gaps = legalNoticeGaps({
      ...complete,
      director: " ",
      management: [{ name: "Amina Test", role: "" }],
      host: { name: "", address: "2, rue du Serveur, Fès" },
    });
    expect(gaps.map((gap) => gap.field)).toEqual(["director", "management.0.role", "host.name"]);
    expect(formatLegalNoticeGap(gaps[0]!)).toBe(
      "lib/site.ts: legal.director: nom du directeur de la publication manquant (loi n° 88-13 sur la presse et l’édition)",
    );
  });

  it("asks for at least one person responsible for the management", () => {
    expect(legalNoticeGaps({ ...complete, management: [] }).map((gap) => gap.field)).toEqual(["management"]);
  });
});
