// The static export: plain files, no client JavaScript anywhere, headers for static hosts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { startSite, stopServer } from "@/tools/server";
import { freePort } from "@/tools/ports";
import { getSitemapUrls, toLocal } from "./site-pages";
import { headersFile } from "@/lib/outputs/security-headers";
import { getAttribute, getElements, outerHtml, parseHtml, removeNode, type HtmlElement } from "@/lib/outputs/html-tree";
import { searchPageFile, searchScript } from "@/lib/outputs/search-export";
import { findClientScripts, makeStatic } from "@/lib/outputs/static-export";

const out = path.resolve("out");
const files = fs.existsSync(out) ? fs.readdirSync(out, { recursive: true, encoding: "utf8" }) : [];

describe.runIf(inject("target") === "static")("out/", () => {
  it("holds every page as HTML, with the feeds, sitemap, robots.txt and Open Graph images", () => {
    for (const file of ["index.html", "404.html", "blog/ik-doe-wat-ik-doe.html", "auteurs/peter-broring.html"]) {
      expect(files).toContain(file);
    }
    for (const file of [
      "onderwerpen.html",
      "feed.xml",
      "atom.xml",
      "feed.json",
      "sitemap.xml",
      "robots.txt",
      "og.png",
    ]) {
      expect(files).toContain(file);
    }
    expect(files).toContain("blog/ik-doe-wat-ik-doe/og.png");
  });

  it("has no page that carries a script or a script preload (JSON-LD data aside), but /zoeken its search", () => {
    const pages = files.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const html = fs.readFileSync(path.join(out, page), "utf8");
      // The one exception: the search page, with exactly one script, the site's own search.
      expect(findClientScripts(parseHtml(html)), page).toEqual(page === searchPageFile ? [searchScript] : []);
      expect(html, page).not.toContain("self.__next_f");
    }
  });

  it("ships no JavaScript files and no React payloads, but the search script and Pagefind's", () => {
    const scripts = files.filter((file) => /\.(js|mjs|txt)$/.test(file) && file !== "robots.txt");
    expect(scripts.sort()).toEqual(["pagefind/pagefind.js", "zoeken.js"]);
  });

  it("was built from the content store: the server's bundles carry no Markdown parser (lib/content/load.ts)", () => {
    const server = path.resolve(".next", "server");
    const bundles = fs
      .readdirSync(server, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".js"));
    expect(bundles.length).toBeGreaterThan(10);
    const withParser = bundles.filter((file) =>
      /micromark|gray-matter/.test(fs.readFileSync(path.join(server, file), "utf8")),
    );
    expect(withParser).toEqual([]);
  });

  it("was built without sizing prefetch responses: no page has the client router that would fetch them", () => {
    // next.config.ts turns prefetch inlining off; with it on, every page gets hints here, measured at a price.
    const hints = JSON.parse(fs.readFileSync(path.resolve(".next", "server", "prefetch-hints.json"), "utf8"));
    expect(hints).toEqual({});
  });

  it("holds the search index of the published columns, and no search page for the server's results", () => {
    expect(files).toContain("pagefind/pagefind-entry.json");
    expect(files.filter((file) => file.startsWith("pagefind/fragment/"))).toHaveLength(2);
    expect(files.some((file) => file.startsWith("zoeken/"))).toBe(false);
  });

  it("carries its security headers in _headers, which the test server sends", async () => {
    expect(fs.readFileSync(path.join(out, "_headers"), "utf8")).toBe(headersFile());
    expect(headersFile()).toContain("script-src 'none'");
    const response = await fetch(`${inject("baseUrl")}/zoeken`);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it("serves Open Graph images as PNG and feeds with their types from a plain static server", async () => {
    const baseUrl = inject("baseUrl");
    const types: Record<string, string> = {
      "/og.png": "image/png",
      "/blog/ik-doe-wat-ik-doe/og.png": "image/png",
      "/feed.xml": "xml",
      "/atom.xml": "xml",
      "/feed.json": "json",
    };
    for (const [pathname, type] of Object.entries(types)) {
      const response = await fetch(baseUrl + pathname);
      expect(response.status, pathname).toBe(200);
      expect(response.headers.get("content-type"), pathname).toContain(type);
    }
  });
});

// out/ is derived from the server's build, not built again: the same pages must come out of both.
describe.runIf(inject("target") === "static")("out/ beside npm start", () => {
  let server: ChildProcess;
  let serverUrl: string;

  // A database of its own: the server project's server may still hold the tests' one.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-export-beside-"));
  beforeAll(async () => {
    const port = await freePort();
    serverUrl = `http://127.0.0.1:${port}`;
    server = await startSite(port, { REACTIONS_DATA_DIR: dataDir });
  });
  afterAll(async () => {
    if (server) await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  // Reactions are the one part that changes without a rebuild: out/ holds those approved at build time, the server
  // those approved since (tests/e2e/reactions.test.ts checks both). The form is the server's alone. So both pages are
  // made static, as the export does, and compared without their reactions.
  const main = (html: string) => {
    const document = parseHtml(html);
    makeStatic(document);
    for (const element of getElements(document)) {
      if (element.tagName === "section" && getAttribute(element, "class") === "reactions") removeNode(element);
      if (element.tagName === "script") withoutComments(element);
    }
    const found = getElements(document).find((element) => element.tagName === "main");
    return found && outerHtml(found);
  };

  it("has every page of the sitemap, with the same content as the server's page", async () => {
    const baseUrl = inject("baseUrl");
    const urls = await getSitemapUrls(baseUrl);
    expect(urls).toEqual(await getSitemapUrls(serverUrl));
    for (const url of urls) {
      const exported = await fetch(toLocal(url, baseUrl));
      const served = await fetch(toLocal(url, serverUrl));
      expect([exported.status, served.status], url).toEqual([200, 200]);
      const page = main(await exported.text());
      expect(page, url).toBeDefined();
      expect(page, url).toBe(main(await served.text()));
    }
  });
});

/** Takes the reactions out of a JSON-LD block: commentCount and comment. */
function withoutComments(script: HtmlElement): void {
  const text = script.children[0];
  if (!text || !("data" in text)) return;
  const data = JSON.parse(text.data);
  delete data.commentCount;
  delete data.comment;
  text.data = JSON.stringify(data);
}
