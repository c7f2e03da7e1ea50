import { describe, expect, it } from "vitest";

import { readingMinutes } from "./reading-time";

describe("readingMinutes", () => {
  it("counts at least one minute", () => {
    expect(readingMinutes("Bref.")).toBe(1);
  });

  it("reads about 230 words a minute", () => {
    expect(readingMinutes(Array.from({ length: 920 }, () => "mot").join(" "))).toBe(4);
  });

  it("does not count Markdown syntax as words", () => {
    const words = Array.from({ length: 460 }, () => "mot").join(" ");
    expect(readingMinutes(`## Titre\n\n${words}\n\n- * - * - * - * - *\n\n| --- | --- |`)).toBe(2);
  });
});
