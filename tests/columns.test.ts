import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readContent } from "@/lib/content/read";
import { fixtures } from "./helpers";

const { posts } = readContent(path.resolve("content"));

function seed(name: string): string[] {
  return fs.readFileSync(path.join(fixtures, "seeds", name), "utf8").split("\n");
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function post(slug: string) {
  const found = posts.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`content/posts/${slug}.md did not load`);
  return found;
}

describe("the two columns", () => {
  it("load, both by Peter Bröring", () => {
    expect(posts.map((column) => column.slug).sort()).toEqual(["i-have-of-i-live-a-dream", "ik-doe-wat-ik-doe"]);
    expect(new Set(posts.map((column) => column.author.name))).toEqual(new Set(["Peter Bröring"]));
  });

  it("‘I have’ of ‘I live a dream’? has no date and carries every word of its source in order", () => {
    const column = post("i-have-of-i-live-a-dream");
    const lines = seed("000_9c9d78b5a4dd3aad.txt");
    // Chrome of the old site: title line, [banner] shortcode with its stray ".", repeated title, image placeholder, comment form.
    const chrome = [lines[0], lines[2], ".", "[/banner]", lines[8], "Blog21", "Geef een reactie", lines.at(-1)];
    expect(column.title).toBe(lines[8]);
    expect(lines[0]).toBe(`Blog: ${column.title}`);
    expect(column.date).toBeUndefined();
    // "1. " and "2. " become an <ol>, which numbers its items itself.
    const expected = lines.filter((line) => !chrome.includes(line)).map((line) => line.replace(/^\d+\. /, ""));
    expect(words(textOf(column.html))).toEqual(words(expected.join("\n")));
  });

  it("‘I have’ of ‘I live a dream’? is led by its first whole sentence, not the one announcing its list", () => {
    expect(post("i-have-of-i-live-a-dream").description).toBe(
      "Strategie in klantcontact is een interessant onderwerp.",
    );
  });

  it("Ik doe wat ik doe is dated 31 August 2017, its subtitle is its description, and it carries every word", () => {
    const column = post("ik-doe-wat-ik-doe");
    const lines = seed("001_9e24dbb61d41cb47.txt");
    expect(lines[0]).toBe(`Blog Peter Bröring: ${column.title}`);
    expect(column.description).toBe(lines[2]);
    expect(column.date).toBe("2017-08-31");
    expect(lines[5]).toBe("Do 31 Aug 2017");
    const expected = lines.slice(6).filter((line) => line !== "< Alle nieuwsberichten");
    expect(words(textOf(column.html))).toEqual(words(expected.join("\n")));
  });

  it("keep the authors' emphasis, curly quotes and numbered list", () => {
    const html = post("ik-doe-wat-ik-doe").html + post("i-have-of-i-live-a-dream").html;
    expect(html).toContain("hóe je iets doet tenminste even belangrijk als wát je doet");
    expect(html).toContain("‘leaders go first’");
    expect(html).toContain("<ol>\n<li>De strategie waarvan we dromen");
    expect(html).not.toMatch(/<img|Blog21|\[banner/);
  });
});
