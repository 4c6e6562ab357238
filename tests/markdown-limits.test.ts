import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Blockquote, Paragraph, Root } from "mdast";
import { describe, expect, it } from "vitest";
import { readContent } from "@/lib/content/read";
import { getReferences, parseMarkdown, plainText, renderHtml, treeDepth } from "@/lib/markdown";
import { problemLines, siteWith } from "./helpers";

const today = "2026-11-23";

/** Returns a content folder with one post, `posts/x.md`, whose body is `body` (its first line is file line 6). */
function siteWithBody(body: string): string {
  const dir = siteWith();
  fs.writeFileSync(path.join(dir, "posts", "x.md"), `---\ntitle: X\nauthor: jan-smit\n---\n\n${body}`);
  return dir;
}

function problems(body: string): string[] {
  const dir = siteWithBody(body);
  return problemLines(() => readContent(dir, { today }), dir);
}

const ladder = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- punt`).join("\n");

describe("a body nested absurdly deep", () => {
  it("refuses quotes 20,000 levels deep, naming the line", () => {
    expect(problems(`Eerst gewoon.\n\n${"> ".repeat(20_000)}diep\n`)).toEqual([
      "posts/x.md:8: body: nests 20000 quotes or lists deep here, more than 20: flatten them",
    ]);
  });

  it("refuses lists 5,000 levels deep on one line, and a ladder of indented lists past 20", () => {
    expect(problems(`${"- ".repeat(5_000)}a\n`)).toEqual([
      "posts/x.md:6: body: nests 5000 quotes or lists deep here, more than 20: flatten them",
    ]);
    expect(problems(`${ladder(1_000)}\n`)).toEqual([
      "posts/x.md:26: body: nests 21 quotes or lists deep here, more than 20: flatten them",
    ]);
  });

  it("accepts 20 levels of lists and quotes, and code indented as far as it likes", () => {
    const code = "```\n" + `${" ".repeat(200)}- ingesprongen\n`.repeat(3) + "```\n";
    const dir = siteWithBody(`${ladder(20)}\n\n${"> ".repeat(20)}citaat\n\n${code}`);
    expect(readContent(dir, { today }).posts[0].html).toContain("ingesprongen");
  });

  it("refuses links and emphasis nested thousands deep inside a paragraph", () => {
    const emphasis = Array.from({ length: 4_000 }, (_, i) => (i % 2 ? "*x " : "_x ")).join("") + "a";
    expect(problems(`${emphasis}\n`)).toEqual([
      "posts/x.md:6: body: nests 4000 links, images or emphasis marks inside each other, more than 50: close them sooner",
    ]);
    expect(problems(`Tekst\n${"[![".repeat(2_000)}a${"](b)](c)".repeat(2_000)}\n`)).toEqual([
      "posts/x.md:7: body: nests 4000 links, images or emphasis marks inside each other, more than 50: close them sooner",
    ]);
  });

  it("does not let a fence in a list item hide the lists after it", () => {
    expect(problems(`- a\n  \`\`\`\n${"- ".repeat(5_000)}b\n`)).toEqual([
      "posts/x.md:8: body: nests 5000 quotes or lists deep here, more than 20: flatten them",
    ]);
  });

  it("lets a blank line close what a paragraph left open", () => {
    const paragraphs = `${"[open ".repeat(30)}\n\n`.repeat(10);
    expect(readContent(siteWithBody(paragraphs), { today }).posts).toHaveLength(1);
  });

  it("stops npm run check with the message and no stack trace", () => {
    const dir = siteWithBody(`${"> ".repeat(20_000)}diep\n`);
    const result = spawnSync("node_modules/.bin/jiti", ["scripts/check.ts", dir], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("posts/x.md:6: body: nests 20000 quotes or lists deep here, more than 20");
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);
});

describe("a body of several megabytes", () => {
  const paragraph = "Met het gedrag van jouw medewerkers heb je een strategische factor van belang in handen. ";

  it("is read and rendered: four megabytes of ordinary paragraphs", () => {
    const body = `${paragraph.repeat(8)}\n\n`.repeat(Math.ceil((4 * 1024 * 1024) / (paragraph.length * 8 + 2)));
    const [post] = readContent(siteWithBody(body), { today }).posts;
    expect(post.wordCount).toBe(body.split(/\s+/).filter(Boolean).length);
    expect(post.html.startsWith("<p>Met het gedrag")).toBe(true);
  }, 120_000);

  it("is refused above 5 MB, with its size", () => {
    const body = `${paragraph.repeat(8)}\n\n`.repeat(Math.ceil((5.2 * 1024 * 1024) / (paragraph.length * 8 + 2)));
    expect(problems(body)).toEqual(["posts/x.md:5: body: is 5.2 MB, more than the 5 MB a column may be: split it"]);
  });
});

describe("every step after the parse", () => {
  // A tree deeper than any parse allows, built by hand: these steps must not recurse per level.
  function deepTree(levels: number): Root {
    let node: Blockquote | Paragraph = { type: "paragraph", children: [{ type: "text", value: "diep" }] };
    for (let i = 0; i < levels; i++) node = { type: "blockquote", children: [node] };
    return { type: "root", children: [node, { type: "paragraph", children: [{ type: "text", value: "ondiep" }] }] };
  }

  it("walks a tree 100,000 levels deep for its plain text, depth and references", () => {
    const tree = deepTree(100_000);
    expect(plainText(tree)).toBe("diep\n\nondiep");
    expect(treeDepth(tree)).toBe(100_002);
    expect(getReferences(tree)).toEqual([]);
  });

  it("refuses to render what it cannot check, instead of overflowing the stack", () => {
    expect(treeDepth(parseMarkdown(`${"> ".repeat(20)}a`))).toBeLessThan(50);
    expect(renderHtml(parseMarkdown(`${"> ".repeat(20)}a`))).toContain("<blockquote>");
  });
});

describe("parsing a long list", () => {
  // micromark copies every event before a list item, quote or underlined heading each time one ends: many of them far
  // into a long body would take the parser minutes. Such a body is refused, with the line where it goes too far.
  const paragraph = "Met het gedrag van jouw medewerkers heb je een strategische factor van belang in handen.\n\n";

  it("refuses many list items far into a long body, naming the line", () => {
    const body = `${paragraph.repeat(12_000)}${"- punt\n".repeat(200)}`;
    expect(problems(body)).toEqual([
      "posts/x.md:24015: body: has 10 list items, quotes and underlined headings this far into its 1057 KB, more than the parser handles in good time: split the column or shorten its lists",
    ]);
  });

  it("counts underlined headings, and no list written inside a fenced code block", () => {
    expect(problems(`${paragraph.repeat(2_000)}${"Kop\n---\n\n".repeat(200)}`)).toHaveLength(1);
    const fenced = `${paragraph.repeat(2_000)}\`\`\`\n${"- geen punt\n".repeat(2_000)}\`\`\`\n`;
    expect(readContent(siteWithBody(fenced), { today }).posts).toHaveLength(1);
  });

  it("reads a column with a list of a thousand items", () => {
    const [post] = readContent(siteWithBody(`${paragraph.repeat(20)}${"- punt\n".repeat(1_000)}`), { today }).posts;
    expect(post.html.match(/<li>/g)).toHaveLength(1_000);
  }, 60_000);

  it("gives the same tree for lists, quotes and setext headings as before", () => {
    const markdown = "- a\n  - b\n\n> - c\n>   - d\n\nKop\n---\n\n1. e\n2. f\n   > g\nlui\n";
    expect(renderHtml(parseMarkdown(markdown))).toBe(
      "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n<blockquote>\n<ul>\n<li>c\n<ul>\n<li>d</li>\n</ul>\n</li>\n</ul>\n</blockquote>\n<h2>Kop</h2>\n<ol>\n<li>e</li>\n<li>f\n<blockquote>\n<p>g\nlui</p>\n</blockquote>\n</li>\n</ol>\n",
    );
  });
});
