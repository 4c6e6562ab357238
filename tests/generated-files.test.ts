// The generated files live in one folder, public/_generated (lib/paths.ts generatedFolder), and are served at the
// paths they always had: next.config.ts rewrites exactly those into it (the build's in site/, npm run dev's in dev/),
// and .gitignore keeps exactly it out of git.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import nextConfig from "@/next.config";
import { variantsPath } from "@/lib/images";
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
