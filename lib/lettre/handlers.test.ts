import { beforeEach, describe, expect, it } from "vitest";

import { formToken } from "@/lib/forms/form-token";
import { rateLimit } from "@/lib/rate-limit";
import { smtpSinkForTests } from "@/lib/testing/lettre";
import { headerLines, type SmtpSink } from "@/lib/testing/servers/smtp";
import { DIALECTS, freshStore } from "@/lib/testing/stores";

import { FIELDS } from "@/lib/forms/fields";

import { handleConfirm, handleSignUp, handleUnsubscribe, type HandlerContext } from "./handlers";
import { sendMail } from "./mailer";

const ORIGIN = "http://localhost:3000";
const FORM = "application/x-www-form-urlencoded";

function post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": FORM, origin: ORIGIN, host: "localhost:3000", "x-real-ip": "192.0.2.1", ...headers },
  });
}

const signUpForm = (address: string, extra: Record<string, string> = {}) =>
  post("/lettre/inscrire", { [FIELDS.address]: address, [FIELDS.token]: formToken("inscription"), [FIELDS.honeypot]: "", ...extra });

/** `/lettre/confirmation?jeton=…` of a confirmation e-mail → its token. */
function confirmationTokenOf(text: string): string {
  const link = /http:\/\/localhost:3000\/lettre\/confirmation\?jeton=(\S+)/.exec(text);
  if (!link) throw new Error(`pas de lien de confirmation dans : ${text}`);
  return decodeURIComponent(link[1]!);
}

function unsubscribeAddressOf(lines: string[]): string {
  const header = lines.find((line) => line.startsWith("List-Unsubscribe: "));
  return /<http:\/\/localhost:3000(\/lettre\/desinscrire\?jeton=[^>]+)>/.exec(header ?? "")![1]!;
}

describe.each(DIALECTS)("the newsletter's forms on %s", (dialect) => {
  const store = freshStore(dialect);
  const smtp = smtpSinkForTests();
  let sink: SmtpSink;
  let context: HandlerContext;
  let clock: Date;

  beforeEach(() => {
    sink = smtp();
    clock = new Date();
    context = { db: async () => store.db(), send: sendMail, limit: rateLimit({ limit: 100, windowMs: 60_000 }), now: () => clock };
  });

  const rows = () => store.db().selectFrom("newsletter_subscriptions").selectAll().execute();
  const location = (response: Response) => `${response.status} ${response.headers.get("location")}`;

  it("double opt-in: a confirmation link by e-mail, that works once", async () => {
    expect(location(await handleSignUp(signUpForm(" Lectrice@Exemple.MA "), context))).toBe("303 /lettre?etat=demandee");
    const [mail] = await sink.waitFor(1);
    expect(mail!.to).toMatchObject({ text: "lectrice@exemple.ma" });
    expect(mail!.subject).toBe("Confirmez votre inscription à la lettre de Lesinfos");
    expect(headerLines(mail!)).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(await rows()).toMatchObject([{ email: "lectrice@exemple.ma", list: "quotidienne", confirmed_at: null }]);

    const token = confirmationTokenOf(mail!.text!);
    expect(location(await handleConfirm(post("/lettre/confirmer", { jeton: token }), context))).toBe("303 /lettre?etat=confirmee");
    expect((await rows())[0]).toMatchObject({ confirmed_at: clock.toISOString(), confirmation_nonce: null });
    expect(location(await handleConfirm(post("/lettre/confirmer", { jeton: token }), context))).toBe("303 /lettre?etat=lien-invalide");
  });

  it("refuses an expired confirmation link, and keeps the address unconfirmed", async () => {
    await handleSignUp(signUpForm("lent@exemple.ma"), context);
    const token = confirmationTokenOf((await sink.waitFor(1))[0]!.text!);
    clock = new Date(clock.getTime() + 49 * 3_600_000);
    expect(location(await handleConfirm(post("/lettre/confirmer", { jeton: token }), context))).toBe("303 /lettre?etat=lien-expire");
    expect((await rows())[0]?.confirmed_at).toBeNull();
  });

  it("answers the same for an address already on the list, which is told so rather than asked again", async () => {
    await handleSignUp(signUpForm("fidele@exemple.ma"), context);
    await handleConfirm(post("/lettre/confirmer", { jeton: confirmationTokenOf((await sink.waitFor(1))[0]!.text!) }), context);
    clock = new Date(clock.getTime() + 11 * 60_000);
    expect(location(await handleSignUp(signUpForm("fidele@exemple.ma"), context))).toBe("303 /lettre?etat=demandee");
    const [, second] = await sink.waitFor(2);
    expect(second!.subject).toBe("Votre inscription à la lettre de Lesinfos");
    expect(second!.text).toContain("cette adresse reçoit déjà la lettre");
    expect((await rows())[0]?.confirmed_at).not.toBeNull();
  });

  it("sends one message, not two, for a sign-up repeated within minutes", async () => {
    await handleSignUp(signUpForm("double@exemple.ma"), context);
    expect(location(await handleSignUp(signUpForm("double@exemple.ma"), context))).toBe("303 /lettre?etat=demandee");
    await sink.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages).toHaveLength(1);
  });

  it("unsubscribes in one click from the e-mail's List-Unsubscribe address (RFC 8058) and forgets the address", async () => {
    await handleSignUp(signUpForm("partante@exemple.ma"), context);
    const [mail] = await sink.waitFor(1);
    await handleConfirm(post("/lettre/confirmer", { jeton: confirmationTokenOf(mail!.text!) }), context);
    const oneClick = new FormData();
    oneClick.set("List-Unsubscribe", "One-Click");
    // A mail provider's server: no Origin, a multipart body.
    const request = new Request(`${ORIGIN}${unsubscribeAddressOf(headerLines(mail!))}`, { method: "POST", body: oneClick });
    expect(location(await handleUnsubscribe(request, context))).toBe("303 /lettre?etat=desinscrite");
    expect(await rows()).toEqual([]);
  });

  it("unsubscribes an address typed on /lettre, with the same answer for an unknown one", async () => {
    await handleSignUp(signUpForm("quitte@exemple.ma"), context);
    const form = (address: string) =>
      post("/lettre/desinscrire", { [FIELDS.address]: address, [FIELDS.token]: formToken("desinscription"), [FIELDS.honeypot]: "" });
    expect(location(await handleUnsubscribe(form("inconnue@exemple.ma"), context))).toBe("303 /lettre?etat=desinscrite");
    expect(await rows()).toHaveLength(1);
    expect(location(await handleUnsubscribe(form("QUITTE@exemple.ma"), context))).toBe("303 /lettre?etat=desinscrite");
    expect(await rows()).toEqual([]);
  });

  it("refuses an unsubscribe link that was tampered with", async () => {
    const request = post("/lettre/desinscrire?jeton=abc.zz.def", { "List-Unsubscribe": "One-Click" });
    expect(location(await handleUnsubscribe(request, context))).toBe("303 /lettre?etat=lien-desinscription");
  });

  it.each([
    ["another site's form", signUpForm("a@exemple.ma", {}), { origin: "https://ailleurs.example" }, "403 null"],
    ["no form token", post("/lettre/inscrire", { adresse: "a@exemple.ma" }), {}, "303 /lettre?etat=formulaire"],
    ["a forged form token", signUpForm("a@exemple.ma", { jeton: "x.zzzzzz.y" }), {}, "303 /lettre?etat=formulaire"],
    ["SQL in the address", signUpForm("x@exemple.ma'; DROP TABLE newsletter_subscriptions;--"), {}, "303 /lettre?etat=adresse"],
    ["an address of 300 characters", signUpForm(`${"a".repeat(290)}@exemple.ma`), {}, "303 /lettre?etat=adresse"],
    [
      "the robots' field filled in",
      signUpForm("robot@exemple.ma", { [FIELDS.honeypot]: "http://spam.example" }),
      {},
      "303 /lettre?etat=demandee",
    ],
  ])("stores and sends nothing for %s", async (_, base, headers, expected) => {
    const request = new Request(base, {
      headers: { ...Object.fromEntries(base.headers), ...headers },
      body: await base.text(),
      method: "POST",
    });
    expect(location(await handleSignUp(request, context))).toBe(expected);
    expect(await rows()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.messages).toEqual([]);
  });

  it("refuses a flood from one client with 429, in French", async () => {
    context.limit = rateLimit({ limit: 2, windowMs: 60_000 });
    await handleSignUp(signUpForm("un@exemple.ma"), context);
    await handleSignUp(signUpForm("deux@exemple.ma"), context);
    const response = await handleSignUp(signUpForm("trois@exemple.ma"), context);
    expect(response.status).toBe(429);
    expect(await response.text()).toContain("Trop de demandes depuis votre connexion");
    expect((await rows()).map((row) => row.email).sort()).toEqual(["deux@exemple.ma", "un@exemple.ma"]);
  });

  it("keeps no new address when the confirmation could not be sent, and says so", async () => {
    sink.refused.add("rebond@exemple.ma");
    try {
      expect(location(await handleSignUp(signUpForm("rebond@exemple.ma"), context))).toBe("303 /lettre?etat=envoi");
    } finally {
      sink.refused.clear();
    }
    expect(await rows()).toEqual([]);
  });
});
