import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { outputsFileName } from "@/lib/outputs/build-adapter.mjs";
import type { BuildOutputs } from "@/lib/outputs/build-outputs";
import { exportPage, writeStaticSite } from "@/lib/outputs/static-site";

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

const page = (main: string) => `<!DOCTYPE html><html lang="nl"><head></head><body><main>${main}</main></body></html>`;

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
    ],
  };
  recordBuild();
  write(path.join(folders.publicDir, "images", "foto.jpg"), "jpg");
  write(path.join(folders.publicDir, "blog", "x", "og.png"), "png");
});

function listOut(): string[] {
  return fs.readdirSync(folders.outDir, { recursive: true, encoding: "utf8" }).filter((file) => {
    return fs.statSync(path.join(folders.outDir, file)).isFile();
  });
}

const readOut = (file: string) => fs.readFileSync(path.join(folders.outDir, file), "utf8");

describe("writeStaticSite", () => {
  it("derives the static site from the build's record: pages, route files, styles and public/, without JavaScript", () => {
    expect(writeStaticSite(folders)).toBe(3);
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

  it("leaves the last good out/ in place when a new one cannot be made", () => {
    writeStaticSite(folders);
    outputs.prerenders[1].filePath = path.join(dir, "gone.html");
    recordBuild();
    expect(() => writeStaticSite(folders)).toThrow("gone.html");
    expect(readOut("blog/x.html")).toBe(page("Column"));
    expect(fs.readdirSync(dir).sort()).toEqual([".next", "out", "public"]);
  });

  it("refuses to run without a production build", () => {
    fs.rmSync(path.join(folders.nextDir, outputsFileName));
    expect(() => writeStaticSite(folders)).toThrow("run npm run build first");
  });
});

describe("exportPage", () => {
  it("gives the search page its script and notice, and no other page", () => {
    const search = page('<div hidden="" data-export-noscript=""><p>Zonder JavaScript</p></div>');
    expect(exportPage("zoeken.html", search)).toContain('<script type="module" src="/zoeken.js"></script></head>');
    expect(exportPage("zoeken.html", search)).toContain("<noscript><p>Zonder JavaScript</p></noscript>");
    expect(exportPage("index.html", search)).not.toContain("<script");
  });
});
