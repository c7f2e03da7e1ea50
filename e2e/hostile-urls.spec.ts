import { expect, test } from "./support/fixtures";

const NOT_FOUND = [
  "/article/" + "a".repeat(10_000),
  "/article/..%2F..%2Fetc%2Fpasswd",
  "/article/..%252F..%252Fetc%252Fpasswd",
  "/article/%2e%2e/%2e%2e/etc/passwd",
  "/article/ports%00",
  "/article/PORTS-LE-TRAFIC-DE-CONTENEURS-POURSUIT-SA-HAUSSE-SUR-LE-DETROIT",
  "/article/p\u043erts-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit",
  "/page/0",
  "/page/-1",
  "/page/1e3",
  "/page/99999",
  "/page/%20",
  "/rubrique/Sport",
  "/rubrique/inconnue/page/2",
  "/auteur/personne",
  "/tag/%3Cscript%3E",
  "/archives/2026/00",
  "/fil-info/page/0",
  "/.env",
  "/content/articles/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit.md",
  "/package.json",
  "/_next/../package.json",
  "/%ff%fe",
];

for (const path of NOT_FOUND) {
  test(`${path.slice(0, 70)} répond 404, jamais 500 ni un fichier du serveur`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    const body = await response.text();
    expect(body).not.toContain('"dependencies"');
    expect(body).not.toContain("root:x:0:0");
    expect(body).not.toContain("author: salma-bennani");
  });
}

test("une barre oblique finale renvoie vers l’adresse canonique", async ({ request }) => {
  const response = await request.get("/rubrique/sport/", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toBe("/rubrique/sport");
});

for (const path of [
  "/?x=" + "a".repeat(10_000),
  "/rubrique/sport?page=2&page=3&page[]=1",
  "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit?q=%3Cscript%3Ealert(1)%3C/script%3E",
  "/fil-info?%E0%A4%A=1",
  "/?q=%22%3E%3Csvg%20onload%3Dalert(1)%3E",
]) {
  test(`des paramètres hostiles sur ${path.slice(0, 50)} ne font ni 500 ni reflet`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).not.toContain("<script>alert(1)</script>");
    expect(body).not.toContain("<svg onload");
  });
}

for (const method of ["POST", "PUT", "DELETE", "PATCH"] as const) {
  for (const path of ["/", "/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit", "/recherche?q=eau", "/rss.xml"]) {
    test(`${method} ${path.slice(0, 40)} répond 405, jamais 500`, async ({ request }) => {
      const response = await request.fetch(path, { method, data: "x=1", maxRedirects: 0 });
      expect(response.status()).toBe(405);
    });
  }
}
