// The generated files are one declared set, lib/paths.ts generatedPublicPaths: every step writes inside it, and
// .gitignore keeps exactly it out of git.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { variantsPath } from "@/lib/images";
import { ogImageJobs } from "@/lib/outputs/og/images";
import { searchIndexDir } from "@/lib/outputs/search";
import { generatedPublicPaths, postImagePath } from "@/lib/paths";

const isGenerated = (urlPath: string) =>
  generatedPublicPaths.some((generated) => urlPath === generated || urlPath.startsWith(generated));

describe("the generated files", () => {
  it("are exactly what .gitignore leaves out of public/", () => {
    const ignored = fs
      .readFileSync(".gitignore", "utf8")
      .split("\n")
      .filter((line) => line.startsWith("/public/"))
      .map((line) => line.slice("/public".length));
    expect(ignored.sort()).toEqual([...generatedPublicPaths].sort());
  });

  it("hold the search index, the image variants and every Open Graph image", () => {
    expect(isGenerated(`/${path.relative(path.resolve("public"), searchIndexDir)}/`)).toBe(true);
    expect(isGenerated(`${variantsPath}/`)).toBe(true);
    const jobs = ogImageJobs([]);
    expect(jobs.map((job) => job.urlPath).every(isGenerated)).toBe(true);
    expect(isGenerated(postImagePath({ slug: "ik-doe-wat-ik-doe" }))).toBe(true);
    expect(isGenerated("/images/foto.jpg")).toBe(false);
  });
});
