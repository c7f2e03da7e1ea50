import { describe, expect, it } from "vitest";

import { formatChange, formatMebibytes, formatMs, formatNumber, plural } from "./format";

const NNBSP = "\u202f";

describe("French figures", () => {
  it("groups thousands with a narrow no-break space and uses a decimal comma", () => {
    expect(formatNumber(12345)).toBe(`12${NNBSP}345`);
    expect(formatNumber(1234.56, 1)).toBe(`1${NNBSP}234,6`);
    expect(formatNumber(2.5, 0)).toBe("3");
  });

  it("writes memory in mebibytes", () => {
    expect(formatMebibytes(312.4 * 1024 * 1024)).toBe("312,4 Mio");
  });

  it("signs changes with a real minus", () => {
    expect(formatChange(0.0423)).toBe("+4,2 %");
    expect(formatChange(-0.03)).toBe("−3 %");
    expect(formatChange(0)).toBe("0 %");
  });

  it("keeps one decimal under 10 ms", () => {
    expect(formatMs(3.14)).toBe("3,1 ms");
    expect(formatMs(1234.4)).toBe(`1${NNBSP}234 ms`);
  });

  it("puts 0 and 1 in the singular", () => {
    expect(plural(0, "erreur")).toBe("0 erreur");
    expect(plural(1, "erreur")).toBe("1 erreur");
    expect(plural(2, "délai dépassé", "délais dépassés")).toBe("2 délais dépassés");
  });
});
