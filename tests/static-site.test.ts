import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { outputName, writeStaticSite } from "@/lib/outputs/static-site";
import { removeServerOnly } from "@/lib/outputs/static-export";

let dir: string;
let folders: { nextDir: string; publicDir: string; outDir: string };

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

// A production build as `next build` leaves it, in miniature.
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-static-"));
  folders = { nextDir: path.join(dir, ".next"), publicDir: path.join(dir, "public"), outDir: path.join(dir, "out") };
  const app = path.join(folders.nextDir, "server", "app");
  write(path.join(folders.nextDir, "BUILD_ID"), "test");
  write(path.join(app, "index.html"), '<main>Voorpagina</main><script src="/_next/static/chunks/a.js"></script>');
  write(path.join(app, "index.rsc"), "payload");
  write(path.join(app, "blog", "x.html"), "<main>Column<form data-server-only><p>Reageer</p></form></main>");
  write(path.join(app, "_not-found.html"), "<main>Niet gevonden</main>");
  write(path.join(app, "_global-error.html"), "<main>Fout</main>");
  write(path.join(app, "feed.xml.body"), "<rss/>");
  write(path.join(app, "feed.xml.meta"), JSON.stringify({ status: 200 }));
  write(path.join(app, "kapot.txt.body"), "fout");
  write(path.join(app, "kapot.txt.meta"), JSON.stringify({ status: 500 }));
  write(path.join(folders.nextDir, "static", "chunks", "a.js"), "alert(1)");
  write(path.join(folders.nextDir, "static", "chunks", "a.css"), "body{}");
  write(path.join(folders.publicDir, "images", "foto.jpg"), "jpg");
  write(path.join(folders.publicDir, "blog", "x", "og.png"), "png");
});

function listOut(): string[] {
  return fs.readdirSync(folders.outDir, { recursive: true, encoding: "utf8" }).filter((file) => {
    return fs.statSync(path.join(folders.outDir, file)).isFile();
  });
}

describe("writeStaticSite", () => {
  it("derives the static site from the build: pages, route files, styles and public/, without JavaScript", () => {
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
    expect(fs.readFileSync(path.join(folders.outDir, "index.html"), "utf8")).toBe("<main>Voorpagina</main>");
    expect(fs.readFileSync(path.join(folders.outDir, "blog", "x.html"), "utf8")).toBe("<main>Column</main>");
  });

  it("leaves the last good out/ in place when a new one cannot be made", () => {
    writeStaticSite(folders);
    write(path.join(folders.nextDir, "server", "app", "blog", "x.html"), "<main><form data-server-only>");
    expect(() => writeStaticSite(folders)).toThrow("never closed");
    expect(fs.readFileSync(path.join(folders.outDir, "blog", "x.html"), "utf8")).toBe("<main>Column</main>");
    expect(fs.readdirSync(dir).sort()).toEqual([".next", "out", "public"]);
  });

  it("refuses to run without a production build", () => {
    fs.rmSync(path.join(folders.nextDir, "BUILD_ID"));
    expect(() => writeStaticSite(folders)).toThrow("run npm run build first");
  });
});

describe("outputName", () => {
  it("names pages, route files and the 404 page as a static host serves them", () => {
    expect(outputName("blog/x.html")).toBe("blog/x.html");
    expect(outputName("sitemap.xml.body")).toBe("sitemap.xml");
    expect(outputName("_not-found.html")).toBe("404.html");
    expect(outputName("_global-error.html")).toBeUndefined();
    expect(outputName("blog/x.rsc")).toBeUndefined();
    expect(outputName("blog/x.meta")).toBeUndefined();
  });
});

describe("removeServerOnly", () => {
  it("removes a marked element whole, nested elements of its kind included", () => {
    const html = '<p>a</p><div data-server-only=""><div><form>x</form></div></div><div>b</div>';
    expect(removeServerOnly(html)).toBe("<p>a</p><div>b</div>");
  });

  it("leaves a page without marked elements as it is", () => {
    expect(removeServerOnly("<form><div>x</div></form>")).toBe("<form><div>x</div></form>");
  });
});
