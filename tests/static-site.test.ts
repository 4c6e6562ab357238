import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { outputsFileName } from "@/lib/outputs/build-adapter.mjs";
import type { BuildOutputs } from "@/lib/outputs/build-outputs";
import { exportPage, writePages } from "@/lib/outputs/export-pages";
import { writeStaticSite } from "@/lib/outputs/static-site";

let dir: string;
let folders: { nextDir: string; publicDir: string; outDir: string };
let outputs: BuildOutputs;

function write(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function recordBuild(): void {
  write(path.join(folders.nextDir, outputsFileName), JSON.stringify(outputs));
}

const stylesheet = '<link rel="stylesheet" href="/_next/static/chunks/a.css">';
const page = (main: string) =>
  `<!DOCTYPE html><html lang="nl"><head>${stylesheet}</head><body><main>${main}</main></body></html>`;

// A production build as `next build` and its adapter leave it, in miniature: files wherever Next put them.
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-static-"));
  folders = { nextDir: path.join(dir, ".next"), publicDir: path.join(dir, "public"), outDir: path.join(dir, "out") };
  const built = (name: string, text: string) => write(path.join(folders.nextDir, "anywhere", name), text);
  const html = "text/html; charset=utf-8";
  outputs = {
    buildId: "test",
    prerenders: [
      {
        pathname: "/",
        routeType: "page",
        status: 200,
        contentType: html,
        filePath: built("1.html", page('Voorpagina<script src="/_next/a.js"></script>')),
      },
      {
        pathname: "/blog/x",
        routeType: "page",
        status: 200,
        contentType: html,
        filePath: built("2.html", page('Column<form data-server-only=""><p>Reageer</p></form>')),
      },
      {
        pathname: "/_global-error",
        routeType: "page",
        status: 500,
        contentType: html,
        filePath: built("3.html", page("Fout")),
      },
      {
        pathname: "/feed.xml",
        routeType: "route",
        status: 200,
        contentType: "application/rss+xml",
        filePath: built("4.body", "<rss/>"),
      },
      {
        pathname: "/kapot.txt",
        routeType: "route",
        status: 500,
        contentType: "text/plain",
        filePath: built("5.body", "fout"),
      },
    ],
    staticFiles: [
      { pathname: "/404", filePath: built("404.html", page("Niet gevonden")) },
      { pathname: "/_next/static/chunks/a.js", filePath: built("a.js", "alert(1)") },
      { pathname: "/_next/static/chunks/a.css", filePath: built("a.css", "body{}") },
      // A stylesheet of an earlier build, which .next/static keeps and the build lists, but no page links.
      { pathname: "/_next/static/chunks/old.css", filePath: built("old.css", "body{}") },
    ],
  };
  recordBuild();
  write(path.join(folders.publicDir, "images", "foto.jpg"), "jpg");
  write(path.join(folders.publicDir, "_generated", "site", "blog", "x", "og.png"), "png");
  // npm run dev's generated files: never in out/.
  write(path.join(folders.publicDir, "_generated", "dev", "blog", "concept", "og.png"), "png");
});

function listOut(): string[] {
  return fs.readdirSync(folders.outDir, { recursive: true, encoding: "utf8" }).filter((file) => {
    return fs.statSync(path.join(folders.outDir, file)).isFile();
  });
}

const readOut = (file: string) => fs.readFileSync(path.join(folders.outDir, file), "utf8");

describe("writeStaticSite", () => {
  it("derives the static site from the build's record: pages, route files, the styles they link and public/, the generated files where they are served, without JavaScript", async () => {
    expect(await writeStaticSite(folders)).toBe(3);
    expect(listOut().sort()).toEqual(
      [
        "404.html",
        "_headers",
        "_next/static/chunks/a.css",
        "blog/x.html",
        "blog/x/og.png",
        "feed.xml",
        "images/foto.jpg",
        "index.html",
      ].sort(),
    );
    expect(readOut("index.html")).toBe(page("Voorpagina"));
    expect(readOut("blog/x.html")).toBe(page("Column"));
    expect(readOut("404.html")).toBe(page("Niet gevonden"));
  });

  it("copies public/'s search index once it is written, as npm run build:static writes it beside the export", async () => {
    const searchIndex = path.join(folders.publicDir, "_generated", "site", "pagefind");
    write(path.join(searchIndex, "pagefind.js"), "de index van de vorige build");
    let written!: () => void;
    const exported = writeStaticSite(folders, new Promise<void>((resolve) => (written = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    fs.rmSync(searchIndex, { recursive: true });
    write(path.join(searchIndex, "pagefind.js"), "de nieuwe index");
    written();
    await exported;
    expect(readOut("pagefind/pagefind.js")).toBe("de nieuwe index");
  });

  it("leaves the last good out/ in place when a new one cannot be made", async () => {
    await writeStaticSite(folders);
    outputs.prerenders[1].filePath = path.join(dir, "gone.html");
    recordBuild();
    await expect(writeStaticSite(folders)).rejects.toThrow("gone.html");
    expect(readOut("blog/x.html")).toBe(page("Column"));
    expect(fs.readdirSync(dir).sort()).toEqual([".next", "out", "public"]);
  });

  it("refuses to run without a production build", async () => {
    fs.rmSync(path.join(folders.nextDir, outputsFileName));
    await expect(writeStaticSite(folders)).rejects.toThrow("run npm run build first");
  });
});

describe("exportPage", () => {
  it("gives the search page its script and notice, and no other page", () => {
    const search = page('<div hidden="" data-export-noscript=""><p>Zonder JavaScript</p></div>');
    expect(exportPage("zoeken.html", search).html).toContain('<script type="module" src="/zoeken.js"></script></head>');
    expect(exportPage("zoeken.html", search).html).toContain("<noscript><p>Zonder JavaScript</p></noscript>");
    expect(exportPage("index.html", search).html).not.toContain("<script");
    expect(exportPage("index.html", search).stylesheets).toEqual(["/_next/static/chunks/a.css"]);
  });
});

describe("writePages", () => {
  it("writes the same pages on worker threads as in this thread", async () => {
    const pages = outputs.prerenders.slice(0, 2).map(({ pathname, filePath }, index) => ({
      file: `${index}${pathname === "/" ? "/index" : pathname}.html`,
      source: filePath,
    }));
    expect(await writePages(pages, path.join(dir, "here"), 0)).toEqual(new Set(["/_next/static/chunks/a.css"]));
    expect(await writePages(pages, path.join(dir, "workers"), 2)).toEqual(new Set(["/_next/static/chunks/a.css"]));
    for (const { file } of pages) {
      const here = fs.readFileSync(path.join(dir, "here", file), "utf8");
      expect(fs.readFileSync(path.join(dir, "workers", file), "utf8"), file).toBe(here);
      expect(here).not.toContain("<script");
    }
  });
});
