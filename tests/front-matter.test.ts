import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFile } from "@/lib/content/front-matter";
import { readContent } from "@/lib/content/read";
import { problemLines, siteFrom, siteWith } from "./helpers";

const today = "2026-11-23";
const plain = "front matter is plain data";

function problemsIn(...names: string[]): string[] {
  const dir = siteFrom("hostile", ...names);
  return problemLines(() => readContent(dir, { today }), dir);
}

describe("front matter is plain data", () => {
  it("refuses an alias bomb with one line per field, without expanding it", () => {
    expect(problemsIn("alias-bomb.md")).toEqual([
      `posts/alias-bomb.md:4: tags: defines the anchor &a: leave it out: ${plain}`,
      `posts/alias-bomb.md:5: b: defines the anchor &b: leave it out: ${plain}`,
      `posts/alias-bomb.md:5: b: uses the alias *a: write the value out in full: ${plain}`,
      ...["c", "d", "e", "f", "g", "h", "i"].flatMap((field, index) => [
        `posts/alias-bomb.md:${index + 6}: ${field}: defines the anchor &${field}: leave it out: ${plain}`,
        `posts/alias-bomb.md:${index + 6}: ${field}: uses the alias *${"bcdefgh"[index]}: write the value out in full: ${plain}`,
      ]),
    ]);
  });

  it("refuses explicit tags, standard and custom, where a tagged value would pass as text", () => {
    expect(problemsIn("tagged-values.md")).toEqual([
      `posts/tagged-values.md:2: title: has the tag !!str: write the value without it: ${plain}`,
      `posts/tagged-values.md:4: description: has the tag !custom: write the value without it: ${plain}`,
      `posts/tagged-values.md:5: tags: has the tag !!binary: write the value without it: ${plain}`,
    ]);
  });

  it("refuses a single anchor, an alias to it and a key that is not a plain name", () => {
    expect(problemsIn("anchor-and-alias.md")).toEqual([
      `posts/anchor-and-alias.md:2: title: defines the anchor &titel: leave it out: ${plain}`,
      `posts/anchor-and-alias.md:4: description: uses the alias *titel: write the value out in full: ${plain}`,
      `posts/anchor-and-alias.md:5: front matter: has a key that is not a plain name: ${plain}`,
    ]);
  });

  it("still reads quoted, block and flow values, which are plain data", () => {
    const source =
      '---\ntitle: "Klant & <medewerker>"\ndescription: |\n  Twee\n  regels\ntags: [A, "B"]\n---\n\nTekst.\n';
    expect(splitFile("x.md", source)).toMatchObject({
      data: { title: "Klant & <medewerker>", description: "Twee\nregels\n", tags: ["A", "B"] },
    });
  });

  it("reports front matter nested too deep for the parser as a YAML error, not a crash", () => {
    const source = `---\ntitle: X\ntags: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n---\n\nTekst.\n`;
    const problems = splitFile("x.md", source);
    expect(problems).toEqual([expect.objectContaining({ file: "x.md", field: "front matter" })]);
  });
});

describe("npm run check on an alias bomb", () => {
  it("exits 1 with the editor's message and no stack trace", () => {
    const dir = siteWith();
    fs.copyFileSync(path.join(import.meta.dirname, "fixtures", "hostile", "alias-bomb.md"), `${dir}/posts/bom.md`);
    const result = spawnSync("node_modules/.bin/jiti", ["scripts/check.ts", dir], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`posts/bom.md:5: b: uses the alias *a: write the value out in full: ${plain}`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toMatch(/Error/);
  });
});
