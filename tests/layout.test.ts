// The folders' boundaries: scripts/ (editors' and operators' commands), tests/ and bench/ never import each other;
// what they share lives in tools/ (or lib/, for what the site runs).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const sourcesOf = (dir: string) =>
  fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.tsx?$/.test(name) && !name.split(path.sep).includes(".next"))
    .map((name) => path.join(dir, name));

/** Returns the folders of this repository that `file` imports from (first path segment, `@/` resolved). */
function importedFolders(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1]);
  return specifiers
    .filter((specifier) => specifier.startsWith(".") || specifier.startsWith("@/"))
    .map((specifier) =>
      specifier.startsWith("@/") ? specifier.slice(2) : path.relative(".", path.join(path.dirname(file), specifier)),
    )
    .map((target) => target.split(path.sep)[0].split("/")[0]);
}

describe("the folders' boundaries", () => {
  it.each([
    ["scripts", ["tests", "bench"]],
    ["tests", ["scripts", "bench"]],
    ["bench", ["tests", "scripts"]],
    ["tools", ["tests", "scripts", "bench"]],
  ])("%s/ imports nothing from %j", (dir, forbidden) => {
    const crossing = sourcesOf(dir).flatMap((file) =>
      importedFolders(file)
        .filter((folder) => forbidden.includes(folder))
        .map((folder) => `${file} → ${folder}/`),
    );
    expect(crossing).toEqual([]);
  });

  it("keeps the benchmark's floor site out of the project's type check, so that its build stays its own", () => {
    const tsconfig = JSON.parse(fs.readFileSync("tsconfig.json", "utf8"));
    expect(tsconfig.exclude).toContain("bench/floor");
    expect(fs.existsSync(path.join("bench", "floor", "tsconfig.json"))).toBe(true);
  });
});
