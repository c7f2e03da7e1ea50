import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { makeArticle } from "../testing/articles";
import { activeAlerts, nextAlertChange, readAlert } from "./alerts";
import { formatProblem } from "./errors";
import type { Alert } from "./types";

const alert = (slug: string, raisedAt: string, expiresAt: string): Alert => ({
  slug,
  text: slug,
  raisedAt: new Date(raisedAt),
  expiresAt: new Date(expiresAt),
  file: `content/alertes/${slug}.md`,
});

const alerts = [
  alert("seisme", "2026-11-29T13:05:00Z", "2026-11-29T20:00:00Z"),
  alert("greve", "2026-11-29T07:10:00Z", "2026-11-29T17:00:00Z"),
  alert("meteo", "2026-11-29T09:00:00Z", "2026-11-30T09:00:00Z"),
  alert("demain", "2026-11-30T06:00:00Z", "2026-11-30T12:00:00Z"),
];

describe("activeAlerts", () => {
  it("shows at most two alerts on screen, newest first", () => {
    expect(activeAlerts(alerts, new Date("2026-11-29T14:00:00Z")).map((a) => a.slug)).toEqual(["seisme", "meteo"]);
  });

  it("drops an alert at its expiry instant, and shows none before it is raised", () => {
    expect(activeAlerts(alerts, new Date("2026-11-29T20:00:00Z")).map((a) => a.slug)).toEqual(["meteo"]);
    expect(activeAlerts(alerts, new Date("2026-11-29T19:59:59Z")).map((a) => a.slug)).toEqual(["seisme", "meteo"]);
    expect(activeAlerts(alerts, new Date("2026-11-29T07:00:00Z"))).toEqual([]);
  });
});

describe("nextAlertChange", () => {
  it("is the next expiry or raise after now, when the pages must be regenerated", () => {
    expect(nextAlertChange(alerts, new Date("2026-11-29T14:00:00Z"))?.toISOString()).toBe("2026-11-29T17:00:00.000Z");
    expect(nextAlertChange(alerts, new Date("2026-11-29T08:00:00Z"))?.toISOString()).toBe("2026-11-29T09:00:00.000Z");
    expect(nextAlertChange(alerts, new Date("2026-11-30T12:00:00Z"))).toBeUndefined();
  });
});

describe("readAlert", () => {
  const articles = new Map([["budget", makeArticle("budget", { title: "Budget : le vote" })]]);
  async function read(name: string, text: string) {
    const folder = await mkdtemp(path.join(tmpdir(), "lesinfos-alertes-"));
    const absolute = path.join(folder, name);
    await writeFile(absolute, text);
    return readAlert(absolute, `content/alertes/${name}`, articles);
  }

  it("reads text, instants at Casablanca time and the article it leads to", async () => {
    const { alert: read1, problems } = await read(
      "vote.md",
      '---\ntext: "Budget : les députés votent"\ndate: "2026-11-29T14:05"\nexpires: "2026-11-29T20:00"\narticle: budget\n---\n',
    );
    expect(problems).toEqual([]);
    expect(read1).toMatchObject({
      slug: "vote",
      text: "Budget\u00a0: les députés votent",
      raisedAt: new Date("2026-11-29T13:05:00Z"),
      expiresAt: new Date("2026-11-29T19:00:00Z"),
      article: { url: "/article/budget", title: "Budget : le vote" },
    });
  });

  it("names the file, line and field of an expiry before the alert and of an unknown article", async () => {
    const expiry = await read("a.md", '---\ntext: "Texte"\ndate: "2026-11-29T14:05"\nexpires: "2026-11-29T14:00"\n---\n');
    expect(expiry.problems.map(formatProblem)).toEqual([
      "content/alertes/a.md:4: expires: l’expiration doit suivre le lancement de l’alerte (date)",
    ]);
    const unknown = await read("b.md", '---\ntext: "Texte"\ndate: "2026-11-29T14:05"\nexpires: "2026-11-29T15:00"\narticle: absent\n---\n');
    expect(unknown.problems.map(formatProblem)).toEqual(["content/alertes/b.md:5: article: article inconnu « absent » (le nom de son fichier, sans .md)"]);
    expect(unknown.alert).toBeUndefined();
  });
});
