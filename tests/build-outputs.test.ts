// Next's build adapter and the record it leaves, from part of what Next 16 handed the adapter for this site's build
// (tests/fixtures/export/adapter-outputs.json: pages with their RSC files, the server's error page, a feed, a dynamic
// route's template, and static files: JavaScript, a stylesheet, robots.txt, the 404 and 500 pages).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { NextAdapter } from "next";
import { beforeEach, describe, expect, it } from "vitest";
import adapter, { outputsFileName } from "@/lib/outputs/build-adapter.mjs";
import { getExportedFiles, htmlFile, readBuildOutputs } from "@/lib/outputs/build-outputs";
import { fixtures } from "./helpers";

type BuildComplete = Parameters<NonNullable<NextAdapter["onBuildComplete"]>>[0];

let distDir: string;

beforeEach(() => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-adapter-"));
});

/** Runs the adapter as next build does at its end, with the fixture's outputs. */
async function completeBuild(): Promise<void> {
  const outputs: BuildComplete["outputs"] = JSON.parse(
    fs.readFileSync(path.join(fixtures, "export", "adapter-outputs.json"), "utf8"),
  );
  await adapter.onBuildComplete?.({ outputs, distDir, buildId: "test-build" } as BuildComplete);
}

describe("the build adapter", () => {
  it("records the primary response of each prerender, with its status and type, and every static file", async () => {
    await completeBuild();
    const outputs = readBuildOutputs(distDir);
    expect(outputs.buildId).toBe("test-build");
    expect(outputs.prerenders.map(({ pathname, routeType, status }) => [pathname, routeType, status])).toEqual([
      ["/", "page", 200],
      ["/_global-error", "page", 500],
      ["/blog/ik-doe-wat-ik-doe", "page", 200],
      ["/feed.xml", "route", 200],
      ["/zoeken", "page", 200],
    ]);
    expect(outputs.prerenders[3]).toMatchObject({ contentType: "application/rss+xml; charset=utf-8" });
    expect(outputs.staticFiles).toHaveLength(6);
  });
});

describe("getExportedFiles", () => {
  it("exports the pages that answered 200 and the 404 page as HTML, and copies route files and stylesheets", async () => {
    await completeBuild();
    const { pages, files } = getExportedFiles(readBuildOutputs(distDir));
    expect(pages).toEqual([
      {
        file: "index.html",
        source:
          "/build/.next/server/route-cache/APP_PAGE/c6377dd9ce6a1c2cd100eb4344e843eb4639b9ed26f84643f77680e9eb454c4b/$/index.html",
      },
      expect.objectContaining({ file: "blog/ik-doe-wat-ik-doe.html" }),
      expect.objectContaining({ file: "zoeken.html" }),
      { file: "404.html", source: "/build/.next/server/pages/404.html" },
    ]);
    expect(files.map(({ file }) => file)).toEqual(["feed.xml", "_next/static/chunks/2tmucrq25qn9o.css", "robots.txt"]);
  });

  it("refuses to run without the record of a build", () => {
    expect(() => readBuildOutputs(distDir)).toThrow(`${outputsFileName} is missing: run npm run build first`);
  });
});

describe("htmlFile", () => {
  it("names the file a static host serves for a path", () => {
    expect(htmlFile("/")).toBe("index.html");
    expect(htmlFile("/blog/x")).toBe("blog/x.html");
    expect(htmlFile("/onderwerpen/strategie/pagina/1")).toBe("onderwerpen/strategie/pagina/1.html");
  });
});

// next build keeps the last build's files (next.config.ts), and a column deleted since stays in .next: a route may
// answer only the parameters it lists, or Next would serve that leftover (tests/e2e/server-start.test.ts).
describe("the dynamic routes", () => {
  it("each take only the parameters they list", () => {
    const pages = fs
      .readdirSync("app", { recursive: true, encoding: "utf8" })
      .filter((file) => file.includes("[") && path.basename(file) === "page.tsx");
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      expect(fs.readFileSync(path.join("app", page), "utf8"), page).toMatch(/^export const dynamicParams = false;$/m);
    }
  });
});
