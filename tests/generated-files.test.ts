// The generated files live in one folder, public/_generated (lib/paths.ts generatedFolder), and are served at the
// paths they always had: next.config.ts rewrites exactly those into it (the build's in site/, npm run dev's in dev/),
// and .gitignore keeps exactly it out of git.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import nextConfig from "@/next.config";
import { variantsPath } from "@/lib/images";
import { removeEarlierLayout } from "@/lib/outputs/earlier-layout";
import { ogImageJobs } from "@/lib/outputs/og/images";
import { searchIndexDir } from "@/lib/outputs/search";
import { generatedDir, generatedFolder, generatedPaths, postImagePath } from "@/lib/paths";

// A Next path pattern as a regular expression: `:name` one segment, `:path*` any number.
const patterns = generatedPaths.map(
  (source) =>
    new RegExp(
      `^${source
        .replace(/\./g, "\\.")
        .replace(/:\w+\*/g, ".*")
        .replace(/:\w+/g, "[^/]+")}$`,
    ),
);
const isServedFromGenerated = (urlPath: string) => patterns.some((pattern) => pattern.test(urlPath));

describe("the generated files", () => {
  it("are one folder in public/, which is what .gitignore leaves out of public/", () => {
    const ignored = fs
      .readFileSync(".gitignore", "utf8")
      .split("\n")
      .filter((line) => line.startsWith("/public/"));
    expect(ignored).toEqual([`/public/${generatedFolder}/`]);
    expect(path.relative(path.resolve("public", generatedFolder), searchIndexDir)).toBe(path.join("site", "pagefind"));
  });

  it("are npm run dev's own under next dev, apart from those npm start serves", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.resetModules();
    try {
      expect((await import("@/lib/paths")).generatedDir).toBe(`${generatedFolder}/dev`);
      expect(generatedDir).toBe(`${generatedFolder}/site`);
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it("are served at the paths of the search index, the image variants and every Open Graph image, and only those", () => {
    expect(isServedFromGenerated("/pagefind/pagefind.js")).toBe(true);
    expect(isServedFromGenerated("/pagefind/fragment/nl_a590103.pf_fragment")).toBe(true);
    expect(isServedFromGenerated(`${variantsPath}/foto-0123456789-640.avif`)).toBe(true);
    expect(ogImageJobs([]).every((job) => isServedFromGenerated(job.urlPath))).toBe(true);
    expect(isServedFromGenerated(postImagePath({ slug: "ik-doe-wat-ik-doe" }))).toBe(true);
    for (const page of ["/images/foto.jpg", "/blog/ik-doe-wat-ik-doe", "/icon.svg", "/feed.xml"]) {
      expect(isServedFromGenerated(page)).toBe(false);
    }
  });

  it("are what next.config.ts rewrites into the generated folder", async () => {
    const rewrites = await nextConfig.rewrites!();
    const afterFiles = Array.isArray(rewrites) ? [] : rewrites.afterFiles;
    expect(afterFiles).toEqual(
      generatedPaths.map((source) => ({ source, destination: `/${generatedFolder}/site${source}` })),
    );
  });
});

describe("the generated files' earlier homes", () => {
  const write = (file: string) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "x");
  };
  const listed = (dir: string) =>
    fs
      .readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((name) => fs.statSync(path.join(dir, name)).isFile())
      .sort();

  it("go from public/ before the generated folder exists, but what an editor put there stays", () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-public-"));
    for (const file of ["og.png", "pagefind/pagefind.js", "_variants/a-640.webp", "blog/x/og.png", "blog/y/og.png"]) {
      write(path.join(publicDir, file));
    }
    write(path.join(publicDir, "blog", "y", "foto.jpg"));
    write(path.join(publicDir, "images", "foto.jpg"));
    removeEarlierLayout(publicDir);
    expect(listed(publicDir)).toEqual([path.join("blog", "y", "foto.jpg"), path.join("images", "foto.jpg")]);
  });

  it("go from the generated folder itself, but for the build's and npm run dev's folders", () => {
    const publicDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-public-"));
    for (const file of ["pagefind/pagefind.js", "og.png", "site/og.png", "dev/og.png"]) {
      write(path.join(publicDir, generatedFolder, file));
    }
    write(path.join(publicDir, "og.png")); // Not the build's once the generated folder exists: an editor's.
    removeEarlierLayout(publicDir);
    expect(listed(publicDir)).toEqual(
      [path.join(generatedFolder, "dev", "og.png"), path.join(generatedFolder, "site", "og.png"), "og.png"].sort(),
    );
  });
});
