import { buildSearchIndex, search } from "../lib/search";
import { publishedContent } from "./support/content";
import { expect, test } from "./support/fixtures";

const DRAFT = "ports-mediterraneens-un-forum-euro-africain-veut-coordonner-les-investissements";

test("le formulaire du bandeau cherche sans JavaScript et surligne les mots trouvés", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("search").first().getByRole("searchbox").fill("dessalement");
  await page.getByRole("search").first().getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/recherche\?q=dessalement$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recherche");
  await expect(page.getByRole("status")).toHaveText(/^\d+ résultats? pour «\s?dessalement\s?»$/);
  const first = page.getByRole("main").getByRole("listitem").first();
  await expect(first.getByRole("heading", { level: 2 })).toContainText("station de dessalement");
  await expect(first.locator("mark").first()).toHaveText(/^dessalement$/i);
  await context.close();
});

test("sans accents ni majuscules, la recherche trouve quand même", async ({ page }) => {
  await page.goto("/recherche?q=SECHERESSE");
  await expect(page.getByRole("status")).toHaveText(/résultats? pour «\s?SECHERESSE\s?»/);
  await expect(page.getByRole("main").locator("mark").first()).toHaveText(/^sécheresse$/i);
});

test("aucun résultat : un message en français et des pistes", async ({ page }) => {
  await page.goto("/recherche?q=zzzyxw");
  await expect(page.getByRole("heading", { name: "Aucun résultat pour « zzzyxw »" })).toBeVisible();
  await expect(page.getByText(/^Quelques pistes/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Politique" })).toHaveAttribute("href", "/rubrique/politique");
});

test("une recherche vide montre le formulaire et les dernières actualités", async ({ page }) => {
  await page.goto("/recherche");
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("");
  await expect(page.getByText(/^Tapez un ou plusieurs mots/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).not.toHaveCount(0);
});

test("la pagination des résultats", async ({ page }) => {
  const { articles, markdownOf } = await publishedContent();
  const { total } = await search(await buildSearchIndex(articles, markdownOf), "région");
  expect(total).toBeGreaterThan(12);
  await page.goto("/recherche?q=r%C3%A9gion");
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${total} résultats pour`));
  await page.getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(/\/recherche\?q=r%C3%A9gion&page=2$/);
  await expect(page.getByText(/^Page 2 sur \d+$/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(Math.min(12, total - 12));
});

for (const [label, query] of [
  ["du HTML", "<script>alert(1)</script>"],
  ["des guillemets", '"><img src=x onerror=alert(1)>'],
  ["10 000 caractères", "a".repeat(10_000)],
  ["des caractères de contrôle", "eau\u0000\u0007potable"],
  ["une page qui n’est pas un nombre", "eau&page=abc"],
  ["une page hors limites", "eau&page=99999"],
  ["des clés répétées", "eau&q=sel&q=sucre"],
  ["un encodage invalide", "%E0%A4%A"],
] as const) {
  test(`une requête avec ${label} ne casse rien et ne s’exécute jamais`, async ({ page }) => {
    let dialog = false;
    page.on("dialog", async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const raw = query.includes("&") || query.startsWith("%") ? query : encodeURIComponent(query);
    const response = await page.goto(`/recherche?q=${raw}`);
    expect(response?.status()).toBe(200);
    const html = await response!.text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain("<img src=x");
    expect(dialog).toBe(false);
    const value = await page.getByRole("main").getByRole("searchbox").inputValue();
    expect(value.length).toBeLessThanOrEqual(200);
    expect(value).not.toMatch(/[\u0000-\u001f]/);
  });
}

test("un brouillon n’est jamais trouvé", async ({ page }) => {
  await page.goto("/recherche?q=forum+euro-africain");
  const links = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links).not.toContain(`/article/${DRAFT}`);
});
