import { spawnSync } from "node:child_process";
import fs from "node:fs";
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
    expect(lines.at(-1)).toBe("23 problems: fix and run npm run check again.");
    expect(lines).toContain('posts/bad-date.md:3: date: must be a date like 2017-08-31, got "31-08-2017"');
    expect(lines).toContain('posts/unknown-field.md:4: auteur: unknown field: did you mean "author"?');
    for (const line of lines.slice(0, -2)) expect(line).toMatch(/^posts\/[^:]+(:\d+)?: [a-z ]+: /);
  });
});
