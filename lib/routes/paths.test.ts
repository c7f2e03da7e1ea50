import { describe, expect, it } from "vitest";

import { href, paths } from "./paths";

describe("paths", () => {
  it("gives page 1 of a listing its own address, then <first>/page/<n>", () => {
    expect([paths.home(), paths.home(1), paths.home(2)]).toEqual(["/", "/", "/page/2"]);
    expect([paths.rubrique("sport"), paths.rubrique("sport", 3)]).toEqual(["/rubrique/sport", "/rubrique/sport/page/3"]);
    expect([paths.author("redaction"), paths.author("redaction", 2)]).toEqual(["/auteur/redaction", "/auteur/redaction/page/2"]);
    expect([paths.tag("maroc"), paths.tag("maroc", 2)]).toEqual(["/tag/maroc", "/tag/maroc/page/2"]);
    expect([paths.wire(), paths.wire(5)]).toEqual(["/fil-info", "/fil-info/page/5"]);
    expect([paths.corrections(), paths.corrections(2)]).toEqual(["/rectificatifs", "/rectificatifs/page/2"]);
  });

  it("builds the other addresses", () => {
    expect(paths.article("port-de-tanger")).toBe("/article/port-de-tanger");
    expect(paths.articleImage("port-de-tanger")).toBe("/article/port-de-tanger/opengraph-image");
    expect(paths.coverCrop("port-de-tanger", "4x3")).toBe("/article/port-de-tanger/couverture/4x3.jpg");
    expect(paths.rubriqueFeed("sport")).toBe("/rubrique/sport/rss.xml");
    expect(paths.archiveMonth(2025, 4)).toBe("/archives/2025/04");
    expect(paths.staticPage("a-propos")).toBe("/a-propos");
    expect(paths.sitemapPart(2)).toBe("/sitemaps/2.xml");
    expect(paths.legalNotice()).toBe("/mentions-legales");
    expect(paths.liveArchive("pluies", 2)).toBe("/article/pluies/mises-a-jour/2");
    expect(paths.liveEndpoint("pluies")).toBe("/article/pluies/direct.json");
    expect([paths.authors(), paths.archives(), paths.siteFeed(), paths.sitemap(), paths.newsSitemap()]).toEqual([
      "/auteurs",
      "/archives",
      "/rss.xml",
      "/sitemap.xml",
      "/news-sitemap.xml",
    ]);
  });

  it("encodes the search query and names the page from 2", () => {
    expect(paths.search()).toBe("/recherche");
    expect(paths.search("état & société")).toBe("/recherche?q=%C3%A9tat%20%26%20soci%C3%A9t%C3%A9");
    expect(paths.search("maroc", 2)).toBe("/recherche?q=maroc&page=2");
  });

  it("fills a route's parameters by name", () => {
    expect(href("rubriquePage", { id: "sport", n: "2" })).toBe("/rubrique/sport/page/2");
    expect(href("home")).toBe("/");
  });
});
