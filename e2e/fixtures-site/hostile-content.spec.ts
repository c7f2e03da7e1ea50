import { expect, test } from "../support/fixtures";

const ARTICLE = "/article/contenu-hostile";

test.describe("un contenu hostile", () => {
  // The hostile images point nowhere: their 404s in the console are expected here.
  test.use({ consoleErrors: [] as string[] });

  test("ne s’exécute jamais dans le navigateur", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(ARTICLE);
    await expect(page.getByText("Texte final visible.")).toBeVisible();
    await page.mouse.move(10, 10);
    for (const link of await page.locator("article a").all()) await link.hover().catch(() => undefined);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    for (const path of ["/", "/rubrique/societe", "/tag/securite", "/recherche?q=pi%C3%A9g%C3%A9", "/fil-info"]) {
      await page.goto(path);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), path).toBeUndefined();
    }
    await context.close();
  });

  test("n’atteint jamais le HTML sans échappement", async ({ browser }) => {
    // The server's HTML as the browser parses it, before any script runs.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const found = await page.evaluate(() => {
      const all = [...document.querySelectorAll("*")];
      return {
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => `${el.tagName} ${a.name}`)),
        dangerousUrls: all.flatMap((el) =>
          ["href", "src", "action", "data", "formaction"]
            .map((name) => el.getAttribute(name) ?? "")
            .filter((value) => /^\s*(javascript|data:text|vbscript):?/i.test(value)),
        ),
        embedded: document.querySelectorAll("iframe, object, embed, form[action^='http'], input[type=password]").length,
        payloadScripts: [...document.scripts].filter((script) => script.text.trim().startsWith("window.__pwned")).length,
        bodyStyles: document.querySelectorAll(".prose-article [style], .prose-article style, body > style").length,
        overlay: document.querySelectorAll(".prose-article p[style]").length,
      };
    });
    expect(found).toEqual({ handlers: [], dangerousUrls: [], embedded: 0, payloadScripts: 0, bodyStyles: 0, overlay: 0 });
    await expect(page.getByText("Texte final visible.")).toBeVisible();
    await context.close();
  });

  test("reste inerte dans le JSON-LD et les métadonnées", async ({ page }) => {
    await page.goto(ARTICLE);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const headlines = blocks.flatMap((text) => {
      const data = JSON.parse(text) as { "@type"?: string; headline?: string } | { "@type"?: string; headline?: string }[];
      return (Array.isArray(data) ? data : [data]).filter((item) => item["@type"] === "NewsArticle").map((item) => item.headline);
    });
    expect(headlines).toHaveLength(1);
    expect(headlines[0]).toContain("</script><script>window.__pwned");
    await expect(page).toHaveTitle(/Titre piégé <\/script><script>window\.__pwned = 'titre'<\/script> fin/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("</script><script>window.__pwned");
  });
});
