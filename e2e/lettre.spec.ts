import Sqlite from "better-sqlite3";
import path from "node:path";

import type { ParsedMail } from "mailparser";

import { DEVELOPMENT_SECRET } from "../lib/secret";
import { signToken } from "../lib/signed-token";
import { headerLines, startSmtpSink, type SmtpSink } from "../lib/testing/servers/smtp";
import { E2E_DATA_DIR } from "./support/audience";
import { E2E_SMTP_PORT } from "./support/lettre";
import { expect, test } from "./support/fixtures";

/**
 * La lettre de Lesinfos, against the production build: sign-up without
 * JavaScript, the confirmation e-mail caught by a real SMTP server (the one
 * the server sends through, playwright.config.ts), its link, one-click
 * unsubscription; and what hostile requests get: a French answer, never a
 * 500, nothing stored.
 */
test.describe.configure({ mode: "serial" });
test.use({ javaScriptEnabled: false });

let sink: SmtpSink;
test.beforeAll(async () => {
  sink = await startSmtpSink([E2E_SMTP_PORT]);
});
test.afterAll(() => sink.stop());

/** Each test is its own client for the per-client limit (X-Real-IP: what nginx sets, deploy/nginx.conf). */
let client = 0;
const asClient = (headers: Record<string, string> = {}) => ({ "x-real-ip": `198.51.100.${client}`, ...headers });
test.beforeEach(async ({ context }) => {
  client += 1;
  await context.setExtraHTTPHeaders(asClient());
});

function storedAddresses(): string[] {
  const db = new Sqlite(path.join(E2E_DATA_DIR, "lesinfos.sqlite"), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select email from newsletter_subscriptions order by email").all() as { email: string }[]).map((row) => row.email);
  } finally {
    db.close();
  }
}

async function mailTo(address: string): Promise<ParsedMail> {
  await expect
    .poll(() => sink.messages.some((mail) => !Array.isArray(mail.to) && mail.to?.text === address), { timeout: 15_000 })
    .toBe(true);
  return sink.messages.find((mail) => !Array.isArray(mail.to) && mail.to?.text === address)!;
}

/** The path and query of the first link of a message's text to `route`. */
function linkTo(mail: ParsedMail, route: string): string {
  const url = new RegExp(`https?://[^/\\s]+(${route}\\?jeton=\\S+)`).exec(mail.text ?? "");
  if (!url) throw new Error(`pas de lien vers ${route} dans : ${mail.text}`);
  return url[1]!;
}

test("sans JavaScript : s’inscrire, confirmer par le lien du message (une fois), se désinscrire d’un clic", async ({ page }) => {
  await page.goto("/lettre");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La lettre de Lesinfos");
  await page.getByRole("region", { name: "Recevoir la lettre" }).getByLabel("Votre adresse électronique").fill("Lectrice.E2E@exemple.ma");
  await page.getByRole("button", { name: "S’inscrire" }).click();
  await expect(page).toHaveURL(/\/lettre\?etat=demandee$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre messagerie");
  await expect(page.getByRole("status")).toContainText("il reste valable 48\u00a0heures");

  const mail = await mailTo("lectrice.e2e@exemple.ma");
  expect(mail.subject).toBe("Confirmez votre inscription à la lettre de Lesinfos");
  expect(headerLines(mail)).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  const confirmation = linkTo(mail, "/lettre/confirmation");

  await page.goto(confirmation);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmer votre inscription");
  await page.getByRole("button", { name: "Confirmer mon inscription" }).click();
  await expect(page).toHaveURL(/\/lettre\?etat=confirmee$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscription confirmée");

  // The same link again: refused, with a way to sign up again.
  await page.goto(confirmation);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien déjà utilisé ou invalide");
  await expect(page.getByRole("button", { name: "S’inscrire" })).toBeVisible();

  // The List-Unsubscribe address opened in a browser: a page with one button.
  const unsubscribe = /<https?:\/\/[^/]+([^>]+)>/.exec(headerLines(mail).find((line) => line.startsWith("List-Unsubscribe: "))!)![1]!;
  await page.goto(unsubscribe);
  await expect(page).toHaveURL(/\/lettre\/desinscription\?jeton=/);
  await page.getByRole("button", { name: "Me désinscrire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Désinscription effectuée");
  expect(storedAddresses()).not.toContain("lectrice.e2e@exemple.ma");
});

test("le formulaire de l’accueil et celui d’un article inscrivent aussi", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("region", { name: "La lettre de Lesinfos" });
  await box.getByLabel("Votre adresse électronique").fill("accueil.e2e@exemple.ma");
  await box.getByRole("button", { name: "S’inscrire" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vérifiez votre messagerie");
  await mailTo("accueil.e2e@exemple.ma");

  await page.goto("/article/ports-le-trafic-de-conteneurs-poursuit-sa-hausse-sur-le-detroit");
  await expect(page.getByRole("region", { name: "La lettre de Lesinfos" }).getByRole("button", { name: "S’inscrire" })).toBeVisible();
});

test("à 375 px, chaque champ d’adresse de /lettre montre son exemple en entier", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/lettre");
  const fields = page.getByLabel("Votre adresse électronique");
  await expect(fields).toHaveCount(2);
  for (const field of await fields.all()) {
    // The placeholder's text width, measured in the field's own font, against the room inside the field.
    const { room, text } = await field.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
      return { room: input.clientWidth - padding, text: context.measureText(input.placeholder).width };
    });
    expect(room).toBeGreaterThan(text);
  }
});

test("un lien de confirmation expiré est refusé par une page en français", async ({ page }) => {
  const expired = signToken("lettre:confirmation", "nonce-perime", new Date(Date.now() - 60_000), DEVELOPMENT_SECRET);
  await page.goto(`/lettre/confirmation?jeton=${expired}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lien expiré");
  const response = await page.request.post("/lettre/confirmer", { form: { jeton: expired }, headers: asClient(), maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toBe("/lettre?etat=lien-expire");
});

test.describe("requêtes hostiles : une réponse en français, jamais 500, rien d’enregistré", () => {
  const address = "hostile.e2e@exemple.ma";
  const valid = () => ({
    adresse: address,
    jeton: signToken("formulaire:inscription", "", new Date(Date.now() + 3_600_000), DEVELOPMENT_SECRET),
    site_web: "",
  });

  test.afterEach(() => {
    expect(storedAddresses()).not.toContain(address);
    expect(storedAddresses().some((stored) => stored.includes("drop table"))).toBe(false);
  });

  test("un corps énorme : 413", async ({ request }) => {
    const response = await request.post("/lettre/inscrire", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: `adresse=${address}&jeton=x&bourrage=${"a".repeat(200_000)}`,
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("Le formulaire envoyé est trop volumineux.");
  });

  for (const type of ["application/json", "text/plain", "application/xml"]) {
    test(`un corps ${type} : 415`, async ({ request }) => {
      const response = await request.post("/lettre/inscrire", {
        headers: asClient({ "content-type": type }),
        data: JSON.stringify(valid()),
      });
      expect(response.status()).toBe(415);
      expect(await response.text()).toContain("Ce formulaire doit être envoyé comme un formulaire web");
    });
  }

  test("un autre site comme origine : 403", async ({ request }) => {
    const response = await request.post("/lettre/inscrire", { form: valid(), headers: asClient({ origin: "https://ailleurs.example" }) });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("Ce formulaire ne peut être envoyé que depuis une page de Lesinfos.");
  });

  for (const [name, jeton] of [
    ["sans jeton", undefined],
    ["un jeton faux", "AAAA.zzzzzz.BBBB"],
    ["un jeton d’un autre formulaire", signToken("formulaire:desinscription", "", new Date(Date.now() + 3_600_000), DEVELOPMENT_SECRET)],
  ] as const) {
    test(`${name} : renvoyé vers un formulaire neuf`, async ({ page, request }) => {
      const form: Record<string, string> = { adresse: address, site_web: "" };
      if (jeton) form.jeton = jeton;
      const response = await request.post("/lettre/inscrire", { form, headers: asClient(), maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers()["location"]).toBe("/lettre?etat=formulaire");
      await page.goto("/lettre?etat=formulaire");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Formulaire expiré");
    });
  }

  for (const hostile of [
    "x@exemple.ma'; DROP TABLE newsletter_subscriptions;--",
    '" OR 1=1 --@exemple.ma',
    "a@exemple.ma\r\nBcc: b@exemple.ma",
  ]) {
    test(`une adresse ${JSON.stringify(hostile).slice(0, 30)} : refusée`, async ({ request }) => {
      const response = await request.post("/lettre/inscrire", {
        form: { ...valid(), adresse: hostile },
        headers: asClient(),
        maxRedirects: 0,
      });
      expect(response.headers()["location"]).toBe("/lettre?etat=adresse");
    });
  }

  test("le champ piège rempli : la même réponse, rien d’envoyé", async ({ request }) => {
    const response = await request.post("/lettre/inscrire", {
      form: { ...valid(), site_web: "http://spam.example" },
      headers: asClient(),
      maxRedirects: 0,
    });
    expect(response.headers()["location"]).toBe("/lettre?etat=demandee");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.messages.some((mail) => !Array.isArray(mail.to) && mail.to?.text === address)).toBe(false);
  });

  test("un jeton de désinscription forgé : refusé", async ({ request }) => {
    const response = await request.post("/lettre/desinscrire?jeton=abc.zzzzzz.def", {
      form: { "List-Unsubscribe": "One-Click" },
      headers: asClient(),
      maxRedirects: 0,
    });
    expect(response.headers()["location"]).toBe("/lettre?etat=lien-desinscription");
  });

  test("trop de demandes d’un même client : 429", async ({ request }) => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      statuses.push(
        (await request.post("/lettre/inscrire", { form: { adresse: "pas-une-adresse" }, headers: asClient(), maxRedirects: 0 })).status(),
      );
    }
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses.at(-1)).toBe(429);
  });

  for (const method of ["PUT", "DELETE", "PATCH"] as const) {
    test(`${method} /lettre/inscrire : 405`, async ({ request }) => {
      expect((await request.fetch("/lettre/inscrire", { method, form: valid(), headers: asClient() })).status()).toBe(405);
    });
  }

  test("GET sur les adresses des formulaires : jamais 500", async ({ request }) => {
    for (const target of ["/lettre/inscrire", "/lettre/confirmer"]) {
      expect((await request.get(target, { maxRedirects: 0 })).status()).toBe(405);
    }
    expect((await request.get("/lettre/desinscrire", { maxRedirects: 0 })).status()).toBe(303);
    expect((await request.get("/lettre/confirmation?jeton=%00%ff'--", { maxRedirects: 0 })).status()).toBe(200);
  });
});
