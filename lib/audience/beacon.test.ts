import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { closeDatabase, database } from "@/lib/db";
import { paths } from "@/lib/routes/paths";
import { articleFile, contentFolder } from "@/lib/testing/content-folder";
import { answerBeacon, audienceRecorder, beaconSlug } from "./beacon";
import { topArticles } from "./views";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

describe("beaconSlug", () => {
  it("names the article of a beacon's address, and nothing for any other address", () => {
    expect(beaconSlug(paths.articleView("budget-2027"))).toBe("budget-2027");
    expect(beaconSlug(paths.article("budget-2027"))).toBeNull();
    expect(beaconSlug("/article/budget-2027/vu/plus")).toBeNull();
    expect(beaconSlug("/rubrique/vu")).toBeNull();
  });
});

describe("answerBeacon (the proxy's front)", () => {
  let dataDir = "";
  afterEach(async () => {
    await closeDatabase();
    vi.unstubAllEnvs();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("counts the view a request object reports, as the proxy receives it, and answers the image", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "lesinfos-donnees-"));
    vi.stubEnv("CONTENT_DIR", await contentFolder({ articles: { budget: articleFile() } }));
    vi.stubEnv("LESINFOS_DATA_DIR", dataDir);
    vi.stubEnv("DATABASE_URL", "");
    const request = (method: string, agent = FIREFOX) =>
      new Request(`http://localhost${paths.articleView("budget")}`, {
        method,
        headers: { "user-agent": agent, "x-real-ip": "203.0.113.9" },
      });
    const answer = await answerBeacon("budget", request("GET"));
    await answerBeacon("budget", request("HEAD"));
    await answerBeacon("budget", request("GET", "curl/8.5.0"));
    await answerBeacon("inconnu", request("GET"));
    expect([answer.status, answer.headers.get("content-type"), answer.headers.get("cache-control")]).toEqual([
      200,
      "image/gif",
      "no-store, max-age=0",
    ]);
    await audienceRecorder().flush();
    expect(await topArticles(await database(), 0, 10)).toEqual([{ slug: "budget", views: 1 }]);
  });
});
