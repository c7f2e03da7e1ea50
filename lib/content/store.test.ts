import { rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { articleFile, contentFolder, writeArticle } from "../testing/content-folder";
import { FINGERPRINT_TTL_MS } from "./store";

const good = (title: string) => articleFile({ title });

async function freshStore(root: string, nodeEnv: string, phase = "") {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", root);
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.stubEnv("NEXT_PHASE", phase);
  return import("./store");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("getContent", () => {
  it("fails a production build with every problem, naming file and field", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon"), foo: articleFile({ title: "Foo", date: "2025-13-45" }) } });
    const { getContent } = await freshStore(root, "production", "phase-production-build");
    await expect(getContent()).rejects.toThrow(/articles\/foo\.md:4: date: « 2025-13-45 » n’est pas une date valide/);
  });

  it("saves what next build read under the build's id, which the first server of that build starts from", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon") } });
    const distDir = path.join(root, ".next-test");
    vi.stubEnv("NEXT_DIST_DIR", distDir);
    vi.stubEnv("LESINFOS_BUILT_AS", "construction-1");
    await (await freshStore(root, "production", "phase-production-build")).getContent();

    // The server of that build: the id is read from BUILD_ID, which next build writes at its end.
    vi.stubEnv("LESINFOS_BUILT_AS", "");
    const { readSavedContent } = await import("./saved");
    await writeFile(path.join(distDir, "BUILD_ID"), "construction-1");
    expect((await readSavedContent(root))?.snapshot.articles.map((article) => article.title)).toEqual(["Bon"]);
    await writeFile(path.join(distDir, "BUILD_ID"), "construction-2");
    expect(await readSavedContent(root)).toBeNull();
  });

  it("keeps a running server up when it restarts with a broken file, and logs the problem", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon"), foo: articleFile({ title: "Foo", date: "2025-13-45" }) } });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { getContent } = await freshStore(root, "production");
    const snapshot = await getContent();
    expect(snapshot.articles.map((a) => a.slug)).toEqual(["bon"]);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/articles\/foo\.md:4: date/));
    logged.mockRestore();
  });

  it("keeps the rest of the site working under next dev", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon"), foo: articleFile({ title: "Foo", author: "x" }) } });
    const { getContent } = await freshStore(root, "development");
    const snapshot = await getContent();
    expect(snapshot.articles.map((a) => a.slug)).toEqual(["bon"]);
    expect(snapshot.broken.get("foo")?.[0]?.field).toBe("author");
  });

  it("prints the problems in the terminal under next dev (a warning: the page shows them), once per change of the content", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon"), foo: articleFile({ title: "Foo", author: "x" }) } });
    const logged = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { getContent } = await freshStore(root, "development");
    vi.useFakeTimers({ toFake: ["Date"] });
    await getContent();
    await getContent();
    vi.setSystemTime(Date.now() + FINGERPRINT_TTL_MS + 1);
    await getContent();
    expect(logged.mock.calls).toEqual([[expect.stringMatching(/articles\/foo\.md:5: author: auteur inconnu « x »/)]]);

    await writeArticle(root, "foo", articleFile({ title: "Foo", author: "personne" }));
    vi.setSystemTime(Date.now() + FINGERPRINT_TTL_MS + 1);
    await getContent();
    await getContent();
    expect(logged).toHaveBeenCalledTimes(2);
    expect(logged).toHaveBeenLastCalledWith(expect.stringMatching(/articles\/foo\.md:5: author: auteur inconnu « personne »/));
    logged.mockRestore();
  });

  it("reads the content once per process in production", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon") } });
    const { getContent } = await freshStore(root, "production");
    const first = await getContent();
    await writeArticle(root, "bon", good("Changé"));
    expect(await getContent()).toBe(first);
  });

  it("shares one store between separately bundled copies of the module (proxy and routes)", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon") } });
    const first = await (await freshStore(root, "production")).getContent();
    vi.resetModules();
    const secondCopy = await import("./store");
    expect(await secondCopy.getContent()).toBe(first);
  });

  it("reads a changed file again under next dev", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon") } });
    const { getContent } = await freshStore(root, "development");
    vi.useFakeTimers({ toFake: ["Date"] });
    expect((await getContent()).articles[0]?.title).toBe("Bon");
    await writeArticle(root, "bon", good("Titre corrigé après relecture"));
    vi.setSystemTime(Date.now() + FINGERPRINT_TTL_MS + 1);
    expect((await getContent()).articles[0]?.title).toBe("Titre corrigé après relecture");
  });

  it("walks the folder once for the calls of one page under next dev", async () => {
    const root = await contentFolder({ articles: { bon: good("Bon") } });
    const { getContent } = await freshStore(root, "development");
    vi.useFakeTimers({ toFake: ["Date"] });
    const first = await getContent();
    await writeArticle(root, "bon", good("Changé"));
    // Within the window: the same snapshot, without reading the folder again.
    expect(await getContent()).toBe(first);
    vi.setSystemTime(Date.now() + FINGERPRINT_TTL_MS + 1);
    expect((await getContent()).articles[0]?.title).toBe("Changé");
  });
});

describe("bodies, read from their files", () => {
  const withBody = (body: string) => articleFile({ title: "Bon" }, body);

  it("renders the body after the front matter, byte-order mark and Windows line ends included", async () => {
    const root = await contentFolder({ articles: { bon: `\uFEFF${withBody("Un **premier** paragraphe.\r\n\r\nUn second.\r\n").replace(/\n/g, "\r\n")}` } });
    const { getContent, renderedBody } = await freshStore(root, "production");
    const [article] = (await getContent()).articles;
    expect(await renderedBody(article!)).toBe("<p>Un <strong>premier</strong> paragraphe.</p>\n<p>Un second.</p>");
  });

  it("keeps no body in memory: the snapshot holds where each one is", async () => {
    const root = await contentFolder({ articles: { bon: withBody("Texte du corps.\n") } });
    const { getContent } = await freshStore(root, "production");
    const snapshot = await getContent();
    const [article] = snapshot.articles;
    expect(JSON.stringify(article)).not.toContain("Texte du corps");
    expect(snapshot.bodies.get(article!)).toMatchObject({ path: path.join(root, "articles", "bon.md") });
  });

  it("on a running server, refuses a file changed since the content was read, naming it", async () => {
    const root = await contentFolder({ articles: { bon: withBody("Texte publié.\n") } });
    const { getContent, bodyMarkdown } = await freshStore(root, "production");
    const [article] = (await getContent()).articles;
    expect(await bodyMarkdown(article!)).toBe("Texte publié.\n");
    await writeArticle(root, "bon", withBody("Texte réécrit, plus long, pas encore relu.\n"));
    await expect(bodyMarkdown(article!)).rejects.toThrow(/articles\/bon\.md: a été modifié depuis la lecture du contenu/);
    await rm(path.join(root, "articles", "bon.md"));
    await expect(bodyMarkdown(article!)).rejects.toThrow(/articles\/bon\.md: a disparu/);
  });

  it("under next dev, shows the body as it is now, even from the page's earlier snapshot", async () => {
    const root = await contentFolder({ articles: { bon: withBody("Premier jet.\n") } });
    const { getContent, bodyMarkdown } = await freshStore(root, "development");
    vi.useFakeTimers({ toFake: ["Date"] });
    const [article] = (await getContent()).articles;
    await writeArticle(root, "bon", withBody("Version relue.\n"));
    vi.setSystemTime(Date.now() + FINGERPRINT_TTL_MS + 1);
    expect((await getContent()).articles[0]).not.toBe(article);
    expect(await bodyMarkdown(article!)).toBe("Version relue.\n");
  });
});
