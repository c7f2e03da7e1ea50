import { describe, expect, it } from "vitest";

import { collectTags } from "./tags";
import { makeArticle } from "./testing/articles";

const tag = (label: string, slug: string) => ({ label, slug });

describe("collectTags", () => {
  it("merges spellings with the same slug under the most used one", () => {
    const articles = [
      makeArticle("a", { tags: [tag("sécurité routière", "securite-routiere")] }),
      makeArticle("b", { tags: [tag("Sécurité routière", "securite-routiere"), tag("Maroc", "maroc")] }),
      makeArticle("c", { tags: [tag("Sécurité routière", "securite-routiere")] }),
    ];
    const tags = collectTags(articles);
    expect(tags.get("securite-routiere")?.label).toBe("Sécurité routière");
    expect(tags.get("securite-routiere")?.articles.map((a) => a.slug)).toEqual(["a", "b", "c"]);
    expect(tags.get("maroc")).toMatchObject({ label: "Maroc", slug: "maroc" });
    expect([...tags.keys()]).toEqual(["securite-routiere", "maroc"]);
  });

  it("keeps the first spelling seen when counts are equal", () => {
    const tags = collectTags([makeArticle("a", { tags: [tag("Eau", "eau")] }), makeArticle("b", { tags: [tag("EAU", "eau")] })]);
    expect(tags.get("eau")?.label).toBe("Eau");
  });
});
