import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetCachedPage, serveFromCache, sharedSeconds } from "@/lib/page-cache";

// A stand-in for Next behind server.ts's cache: counts what reaches it, and answers as the path says.
let reachedNext = 0;
let clock = 1_000_000;
const answers: Record<string, { cacheControl: string; cookie?: boolean }> = {
  "/blog/een": { cacheControl: "s-maxage=2, stale-while-revalidate=86398" },
  "/blog/twee": { cacheControl: "s-maxage=2" },
  "/beheer": { cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" },
  "/met-koekje": { cacheControl: "s-maxage=2", cookie: true },
};
const server = http.createServer((request, response) => {
  if (serveFromCache(request, response, clock)) return;
  reachedNext++;
  const answer = answers[request.url ?? ""] ?? { cacheControl: "s-maxage=2" };
  response.setHeader("Cache-Control", answer.cacheControl);
  if (answer.cookie) response.setHeader("Set-Cookie", "a=b");
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  response.write("<p>");
  response.end(`${request.url} nummer ${reachedNext}</p>`);
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

async function get(path: string, headers: Record<string, string> = {}) {
  const before = reachedNext;
  const text = await (await fetch(base + path, { headers })).text();
  return { text, reachedNext: reachedNext > before };
}

describe("server.ts's page cache", () => {
  it("answers a shared-cacheable page from memory for its s-maxage, whole, then asks Next again", async () => {
    const first = await get("/blog/een");
    expect(first.reachedNext).toBe(true);
    expect(await get("/blog/een")).toEqual({ text: first.text, reachedNext: false });
    clock += 1_500;
    const kept = await fetch(`${base}/blog/een`);
    expect([kept.headers.get("age"), kept.headers.get("cache-control")]).toEqual([
      "1",
      answers["/blog/een"].cacheControl,
    ]);
    clock += 501;
    expect((await get("/blog/een")).reachedNext).toBe(true);
  });

  it("forgets a column at once when it is revalidated (moderation)", async () => {
    await get("/blog/twee");
    expect((await get("/blog/twee")).reachedNext).toBe(false);
    forgetCachedPage("/blog/twee");
    expect((await get("/blog/twee")).reachedNext).toBe(true);
  });

  it("never keeps a private answer or one that sets a cookie", async () => {
    for (const path of ["/beheer", "/met-koekje"]) {
      await get(path);
      expect((await get(path)).reachedNext).toBe(true);
    }
  });

  it("passes requests Next varies on, conditional ones and ones with a cookie straight through", async () => {
    await get("/blog/drie");
    const passing: Record<string, string>[] = [
      { rsc: "1" },
      { "if-none-match": '"x"' },
      { cookie: "beheer_sessie=x" },
      { range: "bytes=0-1" },
    ];
    for (const headers of passing) {
      expect((await get("/blog/drie", headers)).reachedNext).toBe(true);
    }
    expect((await get("/blog/drie")).reachedNext).toBe(false);
  });

  it("keeps answers up to a minute: a year's s-maxage is a minute here", () => {
    expect(sharedSeconds("s-maxage=2, stale-while-revalidate=5")).toBe(2);
    expect(sharedSeconds("s-maxage=31536000")).toBe(60);
    expect(sharedSeconds("public, max-age=31536000, immutable")).toBeUndefined();
    expect(sharedSeconds("private, no-cache, no-store, max-age=0, must-revalidate")).toBeUndefined();
  });
});
