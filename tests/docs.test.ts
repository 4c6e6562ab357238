// The README is a front door a newcomer reads in minutes, and every link in it and in docs/ leads somewhere.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const documents = ["README.md", ...fs.readdirSync("docs").map((name) => path.join("docs", name))];

// Links to a file of the project, with an optional #anchor; not web addresses, and not the site's own URLs (/blog/…),
// which docs/writing.md shows as an editor writes them.
function projectLinks(file: string): { target: string; anchor?: string }[] {
  const text = fs.readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, link]) => link)
    .filter((link) => !/^([a-z]+:|\/)/.test(link))
    .map((link) => {
      const [target, anchor] = link.split("#");
      return { target: target === "" ? file : path.join(path.dirname(file), target), anchor };
    });
}

// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
function anchors(file: string): Set<string> {
  const headings = fs.readFileSync(file, "utf8").match(/^#{1,6} .+$/gm) ?? [];
  return new Set(
    headings.map((heading) =>
      heading
        .replace(/^#+ /, "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-"),
    ),
  );
}

describe("the documentation", () => {
  it("keeps the README a front door of at most 200 lines", () => {
    expect(fs.readFileSync("README.md", "utf8").split("\n").length).toBeLessThanOrEqual(200);
  });

  it.each(documents)("%s links only to files and headings that exist", (file) => {
    for (const { target, anchor } of projectLinks(file)) {
      expect(fs.existsSync(target), `${file} links to ${target}`).toBe(true);
      if (anchor) expect([...anchors(target)], `${file} links to ${target}#${anchor}`).toContain(anchor);
    }
  });
});
