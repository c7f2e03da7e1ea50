import { describe, expect, it } from "vitest";

import { isOwnOrigin } from "./origin";
import { MAX_FORM_BYTES, readForm } from "./read-form";

const URL_ENCODED = "application/x-www-form-urlencoded";

function post(body: BodyInit, headers: Record<string, string>): Request {
  return new Request("http://127.0.0.1:3500/lettre/inscrire", { method: "POST", body, headers: { host: "127.0.0.1:3500", ...headers } });
}

describe("readForm", () => {
  it("reads an urlencoded form, the first value of each name", async () => {
    const read = await readForm(
      post("adresse=a%40exemple.ma&jeton=x&adresse=b", { "content-type": URL_ENCODED, origin: "http://127.0.0.1:3500" }),
    );
    expect(read).toEqual({
      ok: true,
      fields: new Map([
        ["adresse", "a@exemple.ma"],
        ["jeton", "x"],
      ]),
    });
  });

  it("reads a multipart form (what RFC 8058 one-click senders may post)", async () => {
    const form = new FormData();
    form.set("List-Unsubscribe", "One-Click");
    const read = await readForm(new Request("http://127.0.0.1:3500/x", { method: "POST", body: form }));
    expect(read.ok && read.fields.get("List-Unsubscribe")).toBe("One-Click");
  });

  it.each([
    ["application/json", '{"adresse":"a@exemple.ma"}'],
    ["text/plain", "adresse=a@exemple.ma"],
    ["", "adresse=a@exemple.ma"],
  ])("refuses the content type %j with 415", async (type, body) => {
    const headers: Record<string, string> = type ? { "content-type": type } : {};
    const request = new Request("http://127.0.0.1:3500/x", { method: "POST", body: new Blob([body]), headers });
    expect(await readForm(request)).toEqual({ ok: false, refusal: "type", status: 415 });
  });

  it("refuses a body over the limit with 413, declared or not", async () => {
    const huge = `adresse=${"a".repeat(MAX_FORM_BYTES)}`;
    expect(await readForm(post(huge, { "content-type": URL_ENCODED }))).toMatchObject({ ok: false, status: 413 });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 64; i += 1) controller.enqueue(new TextEncoder().encode("a".repeat(1024)));
        controller.close();
      },
    });
    const chunked = new Request("http://127.0.0.1:3500/x", {
      method: "POST",
      body: stream,
      headers: { "content-type": URL_ENCODED },
      duplex: "half",
    } as RequestInit);
    expect(await readForm(chunked)).toMatchObject({ ok: false, status: 413 });
  });

  it("refuses a broken multipart body with 400", async () => {
    const read = await readForm(post("--x\r\nnot a part", { "content-type": "multipart/form-data; boundary=x" }));
    expect(read).toEqual({ ok: false, refusal: "illisible", status: 400 });
  });

  it("refuses another site's form with 403", async () => {
    const read = await readForm(post("adresse=a", { "content-type": URL_ENCODED, origin: "https://ailleurs.example" }));
    expect(read).toEqual({ ok: false, refusal: "origine", status: 403 });
  });
});

describe("isOwnOrigin", () => {
  const own = (headers: Record<string, string>) => isOwnOrigin(new Headers({ host: "lesinfos.ma", ...headers }));

  it("accepts the site's own pages and clients that say nothing", () => {
    expect(own({ origin: "https://lesinfos.ma", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(own({ origin: "http://localhost:3000" })).toBe(true);
    expect(own({})).toBe(true);
  });

  it("refuses other sites, sibling subdomains and opaque origins", () => {
    expect(own({ origin: "https://ailleurs.example" })).toBe(false);
    expect(own({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(own({ origin: "https://pub.lesinfos.ma", "sec-fetch-site": "same-site" })).toBe(false);
    expect(own({ origin: "null" })).toBe(false);
    expect(own({ origin: "pas une origine" })).toBe(false);
  });
});
