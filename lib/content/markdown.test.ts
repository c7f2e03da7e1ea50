import { describe, expect, it } from "vitest";

import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders GFM tables, strikethrough, autolinks and footnotes", () => {
    const html = renderMarkdown(
      "| Ville | Taux |\n|---|---|\n| Rabat | 12 % |\n\n~~ancien~~ https://www.example.org Note[^1]\n\n[^1]: Source.",
    );
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="Tableau 1"><table>');
    expect(html).toContain("<td>Rabat</td>");
    expect(html).toContain("<del>ancien</del>");
    expect(html).toContain('<a href="https://www.example.org" rel="noopener noreferrer">https://www.example.org</a>');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
  });

  it("aligns table columns with a class, never the obsolete align attribute, and wraps each table in its own named region", () => {
    const html = renderMarkdown(
      '| Poste | Sur un an |\n|---|---:|\n| Carburants | −4,1 % |\n\n| A | B |\n|:-:|:-|\n| x | y |\n\n<p align="center">Centré</p>',
    );
    expect(html).not.toMatch(/\salign=/);
    expect(html).toContain('<th class="align-right">Sur un an</th>');
    expect(html).toMatch(/<td class="align-right">−4,1\s%<\/td>/);
    expect(html).toContain('<th class="align-center">A</th>');
    expect(html).toContain('<td class="align-left">y</td>');
    expect(html).toContain("<th>Poste</th>");
    expect(html).toContain('<p>Centré</p>');
    expect(html.match(/<section class="table-scroll" tabindex="0" aria-label="Tableau \d">/g)).toEqual([
      '<section class="table-scroll" tabindex="0" aria-label="Tableau 1">',
      '<section class="table-scroll" tabindex="0" aria-label="Tableau 2">',
    ]);
    expect(html.match(/<\/table><\/section>/g)).toHaveLength(2);
  });

  it("gives headings ids and keeps the page's only h1", () => {
    const html = renderMarkdown("# Titre égaré\n\n## Les chiffres clés");
    expect(html).toContain('<h2 id="titre-égaré">Titre égaré</h2>');
    expect(html).toContain('<h2 id="les-chiffres-clés">Les chiffres clés</h2>');
    expect(html).not.toContain("<h1");
  });

  it("marks external links but not internal ones", () => {
    const html = renderMarkdown("[interne](/article/x) [externe](https://example.org)");
    expect(html).toContain('<a href="/article/x">interne</a>');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">externe</a>');
  });

  it.each([
    ["<script>alert(1)</script>", /<script/i],
    ['<img src="x.png" onerror="alert(1)">', /onerror/i],
    ["[clic](javascript:alert(1))", /javascript:/i],
    ['<a href="data:text/html,<b>x</b>">x</a>', /data:/i],
    ['<iframe src="https://example.org"></iframe>', /<iframe/i],
    ["<style>body{display:none}</style>", /<style/i],
    ['<p style="position:fixed">x</p>', /style=/i],
    ['<svg><script>alert(1)</script></svg>', /<svg|<script/i],
    ['<form action="https://evil.example"><input name="q"></form>', /<form|action=/i],
  ])("drops dangerous HTML: %s", (markdown, forbidden) => {
    expect(renderMarkdown(markdown)).not.toMatch(forbidden);
  });

  it("keeps language attributes for Arabic passages", () => {
    expect(renderMarkdown('Le siège, <span lang="ar" dir="rtl">الدار البيضاء</span>.')).toContain(
      '<span lang="ar" dir="rtl">الدار البيضاء</span>',
    );
  });

  it("loads body images lazily", () => {
    expect(renderMarkdown("![Vue du port](/images/port.webp)")).toContain('loading="lazy"');
  });
});
