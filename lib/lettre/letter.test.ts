import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import { frontPage } from "@/lib/front-page";
import { makeArticle, rubriques } from "@/lib/testing/articles";
import { headerLines, startSmtpSink, type SmtpSink } from "@/lib/testing/servers/smtp";

import { buildLetter } from "./letter";
import { letterMail } from "./letter-mail";
import { sendMail } from "./mailer";

const at = new Date("2026-11-29T06:30:00Z");
const image = { src: "/images/articles/port.webp", alt: "Le port de Tanger Med", width: 1600, height: 900 };
const articles = [
  makeArticle("port-record", { title: "Tanger Med\u00a0: un record de conteneurs", image, publishedAt: new Date("2026-11-29T05:00:00Z") }),
  makeArticle("budget", { title: "Le budget adopté", publishedAt: new Date("2026-11-29T04:00:00Z") }),
  makeArticle("derby", { title: "Le derby pour le Wydad", rubriqueId: "sport", publishedAt: new Date("2026-11-28T20:00:00Z") }),
  ...Array.from({ length: 6 }, (_, i) =>
    makeArticle(`eco-${i}`, { title: `Économie ${i}`, rubriqueId: "economie", publishedAt: new Date(Date.UTC(2026, 10, 28, 10 - i)) }),
  ),
];
const front = frontPage(articles, rubriques, [{ slug: "port-record" }], at);

describe("the day's letter", () => {
  it("is the home's une then each rubrique's block, with absolute addresses and the Casablanca day", () => {
    const letter = buildLetter(front, at)!;
    expect(letter.day).toBe("2026-11-29");
    expect(letter.subject).toBe("La lettre de Lesinfos du dimanche 29 novembre 2026");
    expect(letter.une[0]).toMatchObject({
      title: "Tanger Med\u00a0: un record de conteneurs",
      url: "http://localhost:3000/article/port-record",
      image: { src: "http://localhost:3000/images/articles/port.webp", alt: "Le port de Tanger Med" },
    });
    expect(letter.une.map((story) => story.url)).toContain("http://localhost:3000/article/derby");
    const economie = letter.rubriques.find((rubrique) => rubrique.name === "economie");
    expect(economie?.url).toBe("http://localhost:3000/rubrique/economie");
    expect(economie?.stories.length).toBeGreaterThan(0);
  });

  it("is the day before in Casablanca until midnight there", () => {
    expect(buildLetter(front, new Date("2026-11-28T22:30:00Z"))?.day).toBe("2026-11-28");
  });

  it("is not written when nothing is published", () => {
    expect(buildLetter(frontPage([], rubriques, [], at), at)).toBeNull();
  });
});

describe("the letter, sent through a real SMTP server", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.stop());
  afterEach(() => vi.unstubAllEnvs());

  it("arrives with its HTML and text parts and the one-click unsubscribe headers (RFC 8058)", async () => {
    vi.stubEnv("LESINFOS_SMTP_URL", sink.url);
    vi.stubEnv("LESINFOS_LETTRE_EXPEDITEUR", "La lettre <lettre@lesinfos.example>");
    const letter = buildLetter(front, at)!;
    const unsubscribe = "http://localhost:3000/lettre/desinscrire?jeton=abc";
    await sendMail(letterMail(letter, "lectrice@exemple.ma", unsubscribe, "<lettre-2026-11-29-x@lesinfos.example>"));
    const [mail] = await sink.waitFor(1);
    expect(mail!.subject).toBe("La lettre de Lesinfos du dimanche 29 novembre 2026");
    expect(mail!.from?.text).toBe('"La lettre" <lettre@lesinfos.example>');
    expect(mail!.messageId).toBe("<lettre-2026-11-29-x@lesinfos.example>");
    expect(headerLines(mail!)).toEqual(
      expect.arrayContaining([`List-Unsubscribe: <${unsubscribe}>`, "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]),
    );
    const html = String(mail!.html);
    expect(html).toContain(
      '<img src="http://localhost:3000/images/articles/port.webp" alt="Le port de Tanger Med" width="560" height="315"',
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("Tanger Med\u00a0: un record de conteneurs");
    expect(html).toContain('href="http://localhost:3000/article/derby"');
    expect(html).toContain(`href="${unsubscribe}"`);
    expect(mail!.text).toContain("Dimanche 29 novembre 2026");
    expect(mail!.text).toContain(
      "Tanger Med\u00a0: un record de conteneurs\nChapô port-record\nhttp://localhost:3000/article/port-record\n",
    );
    expect(mail!.text).toContain("ECONOMIE\n========\n\nÉconomie");
    expect(mail!.text).toContain(`Se désinscrire en un clic\u00a0: ${unsubscribe}`);
  });

  it("escapes what editors wrote", async () => {
    vi.stubEnv("LESINFOS_SMTP_URL", sink.url);
    const hostile = makeArticle("x", { title: '<script>alert("x")</script>' });
    const letter = buildLetter(frontPage([hostile], rubriques, [], at), at)!;
    const mail = letterMail(letter, "a@exemple.ma", "http://localhost:3000/x", "<x@y>");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});
