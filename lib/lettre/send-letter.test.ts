import { beforeEach, describe, expect, it } from "vitest";

import { frontPage } from "@/lib/front-page";
import { makeArticle, rubriques } from "@/lib/testing/articles";
import { smtpSinkForTests, subscriptionRow } from "@/lib/testing/lettre";
import type { SmtpSink } from "@/lib/testing/servers/smtp";
import { DIALECTS, freshStore } from "@/lib/testing/stores";

import { buildLetter } from "./letter";
import { sendMail } from "./mailer";
import { sendLetter } from "./send-letter";

const at = new Date("2026-11-29T06:30:00Z");
const letter = buildLetter(frontPage([makeArticle("une", { title: "La une du jour" })], rubriques, [], at), at)!;

describe.each(DIALECTS)("sending the day's letter on %s", (dialect) => {
  const store = freshStore(dialect);
  const smtp = smtpSinkForTests();
  let sink: SmtpSink;

  beforeEach(async () => {
    sink = smtp();
    const subscriber = (email: string, confirmed: boolean) => subscriptionRow(`id-${email.split("@")[0]}`, email, confirmed);
    await store
      .db()
      .insertInto("newsletter_subscriptions")
      .values([
        subscriber("a@exemple.ma", true),
        subscriber("b@exemple.ma", true),
        subscriber("c@exemple.ma", true),
        subscriber("attente@exemple.ma", false),
      ])
      .execute();
  });

  const recipients = () => sink.messages.map((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text).sort();

  it("goes once to each confirmed subscriber, with its own unsubscribe link; a second run sends nothing", async () => {
    expect(await sendLetter(store.db(), letter, { send: sendMail })).toEqual({ sent: 3, failed: [], uncertain: 0 });
    expect(recipients()).toEqual(["a@exemple.ma", "b@exemple.ma", "c@exemple.ma"]);
    expect(sink.messages[0]!.subject).toBe("La lettre de Lesinfos du dimanche 29 novembre 2026");
    expect(sink.messages[0]!.text).toContain("La une du jour");
    const links = sink.messages.map((mail) => /\/lettre\/desinscrire\?jeton=\S+/.exec(mail.text!)?.[0]);
    expect(new Set(links).size).toBe(3);
    expect(await sendLetter(store.db(), letter, { send: sendMail })).toEqual({ sent: 0, failed: [], uncertain: 0 });
    expect(sink.messages).toHaveLength(3);
    // Asked for on 1 November, never confirmed: forgotten.
    expect(await store.db().selectFrom("newsletter_subscriptions").select("email").where("confirmed_at", "is", null).execute()).toEqual([]);
  });

  it("after a crash between the relay's answer and the record, sends the rest and never that one again", async () => {
    const crash = new Error("arrêt brutal");
    const first = sendLetter(store.db(), letter, {
      send: sendMail,
      afterSend: (email) => {
        if (email === "b@exemple.ma") throw crash;
      },
    });
    await expect(first).rejects.toBe(crash);
    expect(recipients()).toEqual(["a@exemple.ma", "b@exemple.ma"]);
    expect(await sendLetter(store.db(), letter, { send: sendMail })).toEqual({ sent: 1, failed: [], uncertain: 1 });
    expect(recipients()).toEqual(["a@exemple.ma", "b@exemple.ma", "c@exemple.ma"]);
  });

  it("sends each letter once when two runs go at the same time", async () => {
    const reports = await Promise.all([
      sendLetter(store.db(), letter, { send: sendMail }),
      sendLetter(store.db(), letter, { send: sendMail }),
    ]);
    expect(reports[0]!.sent + reports[1]!.sent).toBe(3);
    expect(recipients()).toEqual(["a@exemple.ma", "b@exemple.ma", "c@exemple.ma"]);
  });

  it("leaves an address the relay refused for a later run", async () => {
    sink.refused.add("b@exemple.ma");
    const report = await sendLetter(store.db(), letter, { send: sendMail });
    sink.refused.clear();
    expect(report.sent).toBe(2);
    expect(report.failed.map((failure) => failure.email)).toEqual(["b@exemple.ma"]);
    expect(await sendLetter(store.db(), letter, { send: sendMail })).toMatchObject({ sent: 1, failed: [] });
    expect(recipients()).toEqual(["a@exemple.ma", "b@exemple.ma", "c@exemple.ma"]);
  });

  it("sends the next day's letter to everyone again", async () => {
    await sendLetter(store.db(), letter, { send: sendMail });
    const tomorrow = new Date("2026-11-30T06:30:00Z");
    const next = buildLetter(frontPage([makeArticle("une")], rubriques, [], tomorrow), tomorrow)!;
    expect((await sendLetter(store.db(), next, { send: sendMail })).sent).toBe(3);
  });
});
