import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openDatabase } from "@/lib/db/connect";
import { migrate } from "@/lib/db/migrate";
import type { Database } from "@/lib/db/schema";
import { articleFile, contentFolder } from "@/lib/testing/content-folder";
import { subscriptionRow } from "@/lib/testing/lettre";
import { runScript } from "@/lib/testing/run-script";
import { startSmtpSink, type SmtpSink } from "@/lib/testing/servers/smtp";

// Each test runs the command-line tools (tsx): slow on a loaded machine.
describe("npm run lettre:envoyer, lettre:export and lettre:supprimer", { timeout: 180_000 }, () => {
  let sink: SmtpSink;
  let folder: string;
  let root: string;
  let db: Kysely<Database>;
  let env: Record<string, string>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    folder = await mkdtemp(path.join(os.tmpdir(), "lesinfos-lettre-"));
    root = await contentFolder({
      articles: { "budget-adopte": articleFile({ title: "Le budget est adopté", date: "2026-11-28T18:00:00+01:00" }) },
    });
    db = openDatabase({ dialect: "sqlite", file: path.join(folder, "lesinfos.sqlite") });
    await migrate(db);
    await db
      .insertInto("newsletter_subscriptions")
      .values([
        subscriptionRow("s1", "une@exemple.ma", true),
        subscriptionRow("s2", "deux@exemple.ma", true),
        subscriptionRow("s3", "attente@exemple.ma", false),
      ])
      .execute();
    env = {
      LESINFOS_DATA_DIR: folder,
      LESINFOS_SMTP_URL: sink.url,
      LESINFOS_SECRET: "secret-de-test-".repeat(3),
      LESINFOS_NOW: "2026-11-29T06:00:00Z",
    };
  });
  afterAll(async () => {
    await db.destroy();
    await sink.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it("sends the day's letter to the confirmed subscribers, and nothing the second time", async () => {
    const first = await runScript("lettre-envoyer.ts", root, [], env);
    expect(first.stdout).toContain("La lettre de Lesinfos du dimanche 29 novembre 2026 : 2 envoi(s).");
    expect(first.code).toBe(0);
    const second = await runScript("lettre-envoyer.ts", root, [], env);
    expect(second.stdout).toContain(": 0 envoi(s).");
    expect(sink.messages.map((mail) => (Array.isArray(mail.to) ? "" : mail.to?.text)).sort()).toEqual([
      "deux@exemple.ma",
      "une@exemple.ma",
    ]);
    expect(sink.messages[0]!.text).toContain("Le budget est adopté");
  });

  it("refuses to send through a relay without the site's secret", async () => {
    const run = await runScript("lettre-envoyer.ts", root, [], { ...env, LESINFOS_SECRET: "" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("LESINFOS_SECRET manquant");
  });

  it("exports what is kept about an address, then erases it", async () => {
    const exported = await runScript("lettre-donnees.ts", root, ["export", "UNE@exemple.ma"], env);
    expect(JSON.parse(exported.stdout)).toEqual({
      adresse: "une@exemple.ma",
      abonnements: [
        {
          email: "une@exemple.ma",
          list: "quotidienne",
          requestedAt: "2026-11-01T10:00:00.000Z",
          confirmedAt: "2026-11-01T10:05:00.000Z",
          letters: ["2026-11-29"],
        },
      ],
    });
    const erased = await runScript("lettre-donnees.ts", root, ["supprimer", "une@exemple.ma"], env);
    expect(erased.stdout).toContain("une@exemple.ma : effacée (1 abonnement(s) et leurs envois).");
    expect(await db.selectFrom("newsletter_subscriptions").select("email").where("email", "=", "une@exemple.ma").execute()).toEqual([]);
    expect(await db.selectFrom("newsletter_deliveries").select("day").where("subscription_id", "=", "s1").execute()).toEqual([]);
    const again = await runScript("lettre-donnees.ts", root, ["export", "une@exemple.ma"], env);
    expect(JSON.parse(again.stdout)).toEqual({ adresse: "une@exemple.ma", abonnements: [] });
  });

  it("says in French when the address is not one", async () => {
    const run = await runScript("lettre-donnees.ts", root, ["supprimer", "pas une adresse"], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("« pas une adresse » n’est pas une adresse électronique valide.");
  });
});
