import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtures, siteWith } from "./helpers";

function check(contentDir: string) {
  const result = spawnSync("node_modules/.bin/jiti", ["scripts/check.ts", contentDir], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.replaceAll(contentDir + path.sep, "") };
}

describe("npm run check", () => {
  it("prints one summary line and exits 0 when all is well", () => {
    const { status, stdout } = check(path.join(fixtures, "site"));
    expect(status).toBe(0);
    expect(stdout).toBe(
      "tests/fixtures/site/ is in order: 6 posts (1 draft, 1 scheduled), 2 authors, 2 topics, 2 images.\n",
    );
  });

  it("prints every problem, one per line with file, line and field, and exits 1", () => {
    const names = fs.readdirSync(path.join(fixtures, "broken"));
    const { status, stderr } = check(siteWith(...names));
    expect(status).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines.at(-1)).toBe("24 problems: fix and run npm run check again.");
    expect(lines).toContain('posts/bad-date.md:3: date: must be a date like 2017-08-31, got "31-08-2017"');
    expect(lines).toContain('posts/unknown-field.md:4: auteur: unknown field: did you mean "author"?');
    for (const line of lines.slice(0, -2)) expect(line).toMatch(/^posts\/[^:]+(:\d+)?: [a-z ]+: /);
    // By file, then by line within a file.
    const places = lines.slice(0, -2).map((line) => {
      const [file, at] = line.split(":");
      return { file, line: Number(at) || 0 };
    });
    const sorted = [...places].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    expect(places).toEqual(sorted);
    expect(new Set(places.map((place) => place.file)).size).toBeGreaterThan(5);
  });

  it("reports a bad date, an unknown author, a cover without imageAlt and an image without alt in one run", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "column-check-"));
    fs.cpSync(path.join(fixtures, "site", "authors"), path.join(root, "content", "authors"), { recursive: true });
    fs.cpSync(path.join(fixtures, "all-at-once"), path.join(root, "content", "posts"), { recursive: true });
    fs.cpSync(path.join(fixtures, "public"), path.join(root, "public"), { recursive: true });
    const { status, stderr } = check(path.join(root, "content"));
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([
      'posts/alles-tegelijk.md:3: date: must be a date like 2017-08-31, got "31-08-2017"',
      'posts/alles-tegelijk.md:4: author: no author "piet-puk": add content/authors/piet-puk.md or use a known author (anna-de-vries, jan-smit)',
      'posts/alles-tegelijk.md:5: image: needs imageAlt beside it: describe what the image shows, like imageAlt: "Peter Bröring spreekt een zaal toe"',
      "posts/alles-tegelijk.md:10: body: the image /images/haven.jpg has no description: write what it shows, like ![Peter aan het woord](/images/haven.jpg)",
      "",
      "4 problems: fix and run npm run check again.",
    ]);
  });
});
