import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { nextPublication } from "@/lib/content/posts";
import { readContent } from "@/lib/content/read";
import { fixtures, problemLines, siteFrom, siteWith } from "./helpers";

const site = path.join(fixtures, "site");
const today = "2026-11-23";

function post(slug: string, day = today) {
  const found = readContent(site, { today: day }).posts.find((candidate) => candidate.slug === slug);
  if (!found) throw new Error(`fixture post ${slug} did not load`);
  return found;
}

describe("readContent", () => {
  it("reads every post of a valid site, newest first and undated last", () => {
    const { posts, authors } = readContent(site, { today });
    expect(posts.map((post) => post.slug)).toEqual([
      "gepland",
      "concept",
      "tweede-column",
      "eerste-column",
      "tekens-in-de-titel",
      "zonder-datum",
    ]);
    expect([...authors.keys()]).toEqual(["anna-de-vries", "jan-smit"]);
  });

  it("keeps dates as calendar dates and leaves an undated post without one", () => {
    expect(post("tweede-column")).toMatchObject({ date: "2021-06-01", updated: "2021-07-01", title: "Tweede column" });
    expect(post("eerste-column").date).toBe("2020-01-15");
    expect(post("zonder-datum").date).toBeUndefined();
  });

  it("links each post to its author, with the author's bio as HTML", () => {
    expect(post("eerste-column").author).toEqual({
      slug: "anna-de-vries",
      name: "Anna de Vries",
      bioHtml: "<p>Anna schrijft over <strong>klantcontact</strong>.</p>\n",
    });
  });

  it("uses an explicit description as it is", () => {
    expect(post("tweede-column").description).toBe("Een eigen inleiding.");
  });

  it("derives the description from the first paragraph as plain text", () => {
    expect(post("eerste-column").description).toBe("Dit is de eerste alinea van de eerste column, met een link.");
  });

  it("counts words and rounds reading time up to whole minutes, at least one", () => {
    const eerste = post("eerste-column");
    expect(eerste.wordCount).toBe(18);
    expect(eerste.readingMinutes).toBe(1);
  });

  it("gives 401 words a reading time of 3 minutes at 200 words a minute", () => {
    const dir = siteWith();
    const body = Array.from({ length: 401 }, () => "woord").join(" ");
    fs.writeFileSync(path.join(dir, "posts", "lang.md"), `---\ntitle: Lang\nauthor: jan-smit\n---\n\n${body}\n`);
    expect(readContent(dir, { today }).posts[0]).toMatchObject({ wordCount: 401, readingMinutes: 3 });
  });

  it("gives an empty site no posts and no error", () => {
    const dir = siteWith();
    expect(readContent(dir, { today }).posts).toEqual([]);
    expect(readContent(path.join(dir, "does-not-exist"), { today }).posts).toEqual([]);
  });

  it("reads a file with CRLF line endings like one with LF", () => {
    const dir = siteWith();
    const source = fs.readFileSync(path.join(site, "posts", "eerste-column.md"), "utf8");
    fs.writeFileSync(path.join(dir, "posts", "eerste-column.md"), source.replace(/\n/g, "\r\n"));
    const [post] = readContent(dir, { today, publicDir: path.join(fixtures, "public") }).posts;
    expect(post).toMatchObject({ title: "Eerste column", date: "2020-01-15", wordCount: 18 });
    expect(post.description).toBe("Dit is de eerste alinea van de eerste column, met een link.");
  });

  it("marks a post dated after today as scheduled", () => {
    expect(post("tweede-column", "2021-06-01").scheduled).toBe(false);
    expect(post("tweede-column", "2021-05-31").scheduled).toBe(true);
  });

  it("gives the day the first scheduled post is due, never a draft's, for npm start to build again on", () => {
    const on = (day: string) => nextPublication(readContent(site, { today: day }).posts);
    expect(on("2021-05-31")).toBe("2021-06-01");
    expect(on("2021-06-01")).toBe("2099-01-01");
    expect(on("2099-01-01")).toBeUndefined();
  });
});

describe("readContent on content with mistakes", () => {
  it("names the file, line and field of a missing title", () => {
    const dir = siteWith("missing-title.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      'posts/missing-title.md:2: title: is required: text, like title: "Ik doe wat ik doe"',
    ]);
  });

  it("shows what a date should look like and what it got", () => {
    const dir = siteWith("bad-date.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      'posts/bad-date.md:3: date: must be a date like 2017-08-31, got "31-08-2017"',
    ]);
  });

  it("names an unknown author and the known ones", () => {
    const dir = siteWith("unknown-author.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      'posts/unknown-author.md:3: author: no author "piet-puk": add content/authors/piet-puk.md or use a known author (anna-de-vries, jan-smit)',
    ]);
  });

  it("gives a bad file name the name it should have", () => {
    const dir = siteWith("Mijn Column.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      "posts/Mijn Column.md: file name: must be lowercase letters, digits and single hyphens: rename the file to mijn-column.md",
    ]);
  });

  it("refuses two files with the same slug", () => {
    const dir = siteWith("dubbel.markdown", "dubbel.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      `posts/dubbel.md: file name: gives the slug "dubbel", which ${path.join(dir, "posts", "dubbel.markdown")} already has`,
    ]);
  });

  it("lists every problem at once, not just the first", () => {
    const dir = siteWith("bad-date.md", "missing-title.md", "unknown-author.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toHaveLength(3);
  });

  it.each([
    ["unknown-field.md", 'posts/unknown-field.md:4: auteur: unknown field: did you mean "author"?'],
    [
      "yaml-error.md",
      "posts/yaml-error.md:4: front matter: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ],
    [
      "javascript-front-matter.md",
      'posts/javascript-front-matter.md:1: front matter: must be YAML, got "---js": content is data and never runs code',
    ],
    [
      "no-front-matter.md",
      'posts/no-front-matter.md:1: front matter: is missing: start the file with a line "---", the fields, and another "---"',
    ],
    [
      "unclosed-front-matter.md",
      'posts/unclosed-front-matter.md:1: front matter: is not closed: add a line "---" after the last field',
    ],
    ["updated-before-date.md", "posts/updated-before-date.md:4: updated: must not be before date"],
    ["empty-body.md", "posts/empty-body.md:5: body: is empty: write the column below the front matter"],
  ])("explains %s", (name, message) => {
    const dir = siteWith(name);
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([message]);
  });

  it("names a wrong type and what was expected", () => {
    const dir = siteWith("wrong-types.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      'posts/wrong-types.md:4: tags: must be a list, like tags: [Klantcontact, Strategie], got "Klantcontact"',
      'posts/wrong-types.md:5: draft: must be true or false, got "ja"',
    ]);
  });

  it("lists the fields when an unknown one is not like any of them", () => {
    const dir = siteWith();
    fs.writeFileSync(path.join(dir, "posts", "x.md"), "---\ntitle: X\nauthor: jan-smit\nkleur: rood\n---\n\nTekst.\n");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      "posts/x.md:4: kleur: unknown field: the fields are title, date, updated, author, description, tags, draft, image, imageAlt",
    ]);
  });

  it("never runs JavaScript front matter, which gray-matter alone would run", () => {
    const dir = siteWith();
    const source = "---js\nglobalThis.frontMatterRan = true; ({ title: 'x' })\n---\n\nTekst.\n";
    fs.writeFileSync(path.join(dir, "posts", "js.md"), source);
    expect(() => readContent(dir, { today })).toThrow(/front matter: must be YAML, got "---js"/);
    expect(globalThis).not.toHaveProperty("frontMatterRan");
    matter(source);
    expect(globalThis).toHaveProperty("frontMatterRan", true);
  });

  it("refuses two tag labels that make one topic", () => {
    const dir = siteWith("topic-clash-a.md", "topic-clash-b.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      `posts/topic-clash-b.md:4: tags: "strategie" and "Strategie" (${path.join(dir, "posts", "topic-clash-a.md")}) both become /onderwerpen/strategie: write one of them the same way everywhere`,
    ]);
  });

  it("finds links to pages that do not exist and images missing from public/", () => {
    const dir = siteWith("broken-links.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      "posts/broken-links.md:6: body: links to /blog/bestaat-niet, but there is no content/posts/bestaat-niet.md",
      "posts/broken-links.md:6: body: links to /auteurs/niemand, but there is no content/authors/niemand.md",
      "posts/broken-links.md:8: body: links to /onderwerpen/niets, but no post has that topic",
      'posts/broken-links.md:8: body: links to "ik-doe-wat-ik-doe": write a path from the site root, like /blog/ik-doe-wat-ik-doe or /images/foto.jpg',
      "posts/broken-links.md:10: body: the image /images/ontbreekt.jpg does not exist: put the file in public/images/ontbreekt.jpg",
    ]);
  });

  it("refuses every image that is not on this site, inline, by reference, protocol-relative or as data", () => {
    const dir = siteFrom("hostile", "foreign-images.md");
    const put = "put the file in public/images/ and write";
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      `posts/foreign-images.md:6: body: shows the image "https://example.com/foto.jpg", which is not on this site and will not load: ${put} /images/foto.jpg`,
      `posts/foreign-images.md:8: body: shows the image "http://example.org/pad/beeld.webp", which is not on this site and will not load: ${put} /images/beeld.webp`,
      `posts/foreign-images.md:8: body: shows the image "//cdn.example.com/a.png?x=1", which is not on this site and will not load: ${put} /images/a.png`,
      `posts/foreign-images.md:10: body: shows the image "data:image/png;base64,iVBORw0KGgo=", which is not on this site and will not load: ${put} /images/foto.jpg`,
      "posts/foreign-images.md:10: body: links to /blog/bestaat-niet, but there is no content/posts/bestaat-niet.md",
    ]);
  });

  it("accepts links to real pages and images that are in public/", () => {
    const dir = siteWith("broken-links.md");
    fs.mkdirSync(path.join(dir, "public", "images"), { recursive: true });
    fs.copyFileSync(
      path.join(fixtures, "public", "images", "haven.jpg"),
      path.join(dir, "public", "images", "ontbreekt.jpg"),
    );
    const fixed = fs
      .readFileSync(path.join(dir, "posts", "broken-links.md"), "utf8")
      .replace("/blog/bestaat-niet", "/blog/broken-links#kop")
      .replace("/auteurs/niemand", "/auteurs/jan-smit")
      .replace("/onderwerpen/niets", "/onderwerpen")
      .replace("(ik-doe-wat-ik-doe)", "(https://example.org/ik-doe-wat-ik-doe)");
    fs.writeFileSync(path.join(dir, "posts", "broken-links.md"), fixed);
    expect(readContent(dir, { today, publicDir: path.join(dir, "public") }).posts).toHaveLength(1);
  });

  it("knows the later pages of the index, of each topic and of each author, and the search page", () => {
    const dir = siteWith();
    for (let n = 1; n <= 11; n++) {
      const text = `---\ntitle: Column ${n}\ndate: 2020-01-${String(n).padStart(2, "0")}\nauthor: jan-smit\ntags: [Gedrag]\n---\n\nTekst.\n`;
      fs.writeFileSync(path.join(dir, "posts", `column-${n}.md`), text);
    }
    const links = [
      "/pagina/2",
      "/onderwerpen/gedrag/pagina/2",
      "/auteurs/jan-smit/pagina/2",
      "/zoeken",
      "/pagina/3",
      "/onderwerpen/gedrag/pagina/3",
      "/auteurs/anna-de-vries/pagina/2",
      "/onderwerpen/gedrag/pagina/02",
    ];
    const body = links.map((link) => `[link](${link})`).join("\n\n");
    fs.writeFileSync(path.join(dir, "posts", "links.md"), `---\ntitle: Links\nauthor: anna-de-vries\n---\n\n${body}\n`);
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      "posts/links.md:14: body: links to /pagina/3, which is not a page of this site (that list has 2 pages)",
      "posts/links.md:16: body: links to /onderwerpen/gedrag/pagina/3, which is not a page of this site (that list has 2 pages)",
      "posts/links.md:18: body: links to /auteurs/anna-de-vries/pagina/2, which is not a page of this site (that list has one page)",
      "posts/links.md:20: body: links to /onderwerpen/gedrag/pagina/02, which is not a page of this site (that list has 2 pages)",
    ]);
  });

  it("refuses a cover image without imageAlt, and one that is not in public/, both at once", () => {
    const dir = siteWith("broken-cover.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      'posts/broken-cover.md:4: image: needs imageAlt beside it: describe what the image shows, like imageAlt: "Peter Bröring spreekt een zaal toe"',
      "posts/broken-cover.md:4: image: the image /images/omslag.jpg does not exist: put the file in public/images/omslag.jpg",
    ]);
  });

  it("refuses a body image without a description, and one that is not in public/", () => {
    const dir = siteWith("broken-images.md");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      "posts/broken-images.md:8: body: the image /images/zonder-beschrijving.jpg has no description: write what it shows, like ![Peter aan het woord](/images/zonder-beschrijving.jpg)",
      "posts/broken-images.md:8: body: the image /images/zonder-beschrijving.jpg does not exist: put the file in public/images/zonder-beschrijving.jpg",
    ]);
  });

  it("refuses a published post that links to a draft", () => {
    const dir = siteWith();
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, "posts", name), text);
    write("klaar.md", "---\ntitle: Klaar\nauthor: jan-smit\n---\n\nZie [het concept](/blog/concept).\n");
    write("concept.md", "---\ntitle: Concept\nauthor: jan-smit\ndraft: true\n---\n\nNog niet af.\n");
    expect(problemLines(() => readContent(dir, { today }), dir)).toEqual([
      "posts/klaar.md:6: body: links to /blog/concept, which is not published yet",
    ]);
  });
});
