// The search index (lib/outputs/search-index.ts) built from tests/fixtures/search, and queried in Node the way the
// server's results page does (lib/outputs/search.ts), with Pagefind's own search code.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isPublished, type Post } from "@/lib/content/posts";
import { readContent } from "@/lib/content/read";
import { excerptParts, searchColumns } from "@/lib/outputs/search";
import { handOver } from "@/lib/content/read-parallel";
import { searchDocument, writeSearchIndex } from "@/lib/outputs/search-index";
import { fixtures } from "./helpers";

const today = "2024-01-01";
let indexDir: string;
let posts: Post[];

beforeAll(async () => {
  posts = readContent(path.join(fixtures, "search"), { today }).posts.filter(isPublished);
  indexDir = fs.mkdtempSync(path.join(os.tmpdir(), "column-search-"));
  await writeSearchIndex(posts, indexDir);
}, 30_000);

const titles = async (query: string) => (await searchColumns(query, 1, indexDir)).hits.map((hit) => hit.title);

describe("the search index", () => {
  it("finds a plural from the singular and the singular from the plural (Dutch stemming)", async () => {
    expect(await titles("klant")).toEqual(["Over service"]);
    expect(await titles("medewerkers")).toEqual(["Een goede medewerker"]);
  });

  it("folds accents: een finds één", async () => {
    const { hits } = await searchColumns("één", 1, indexDir);
    expect(hits.map((hit) => hit.title)).toContain("Een goede medewerker");
    expect(hits[0].excerpt.filter((part) => part.marked).map((part) => part.text)).toContain("Eén");
  });

  it("searches the title, lead, topics and author too, and ranks a title above a body", async () => {
    expect(await titles("telefoon")).toEqual(["Over service"]);
    expect(await titles("klantcontact")).toEqual(["Over service"]);
    expect(await titles("Anna")).toEqual(["Over service"]);
    expect(await titles("service")).toEqual(["Over service", "Een goede medewerker"]);
  });

  it("never holds drafts or scheduled posts", async () => {
    expect(await titles("geheimwoord")).toEqual([]);
    expect(await titles("toekomstwoord")).toEqual([]);
    expect(posts.map((post) => post.slug).sort()).toEqual(["klanten", "medewerker", "zonder-datum"]);
  });

  it("gives each hit its address, author, Dutch date, lead and an excerpt with the words found marked", async () => {
    const { hits, total } = await searchColumns("klanten bellen", 1, indexDir);
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({
      url: "/blog/klanten",
      title: "Over service",
      author: "Anna de Vries",
      date: "2017-08-31",
      dateText: "31 augustus 2017",
      lead: "Wat mensen aan de telefoon merken.",
    });
    const marked = hits[0].excerpt.filter((part) => part.marked).map((part) => part.text);
    expect(marked).toEqual(expect.arrayContaining(["klanten", "bellen"]));
  });

  it("gives an undated column no date", async () => {
    const { hits } = await searchColumns("wind", 1, indexDir);
    expect(hits[0]).toMatchObject({ title: "Een oude tekst", date: "", dateText: "" });
  });

  it("keeps the text of code and < & > as text", async () => {
    const { hits } = await searchColumns("blijven", 1, indexDir);
    const text = hits[0].excerpt.map((part) => part.text).join("");
    expect(text).toContain("<script>");
    expect(text).toContain("5 < 6 & 7 > 3");
  });

  it("finds nothing for a word no column has", async () => {
    expect(await searchColumns("xyzzy", 1, indexDir)).toEqual({
      query: "xyzzy",
      total: 0,
      page: 1,
      pageCount: 1,
      hits: [],
    });
  });
});

describe("searchDocument", () => {
  it("escapes what an editor wrote, and weighs the title as the page's h1", () => {
    const post = posts.find((p) => p.slug === "klanten")!;
    const html = searchDocument({ ...post, title: 'A <b> & "c"', lead: "x < y" });
    expect(html).toContain('<h1 data-pagefind-meta="title">A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain("<p>x &lt; y</p>");
    expect(html).toContain("<p>Door Anna de Vries</p>");
    expect(html).toContain("<p>Onderwerpen: Klantcontact.</p>");
  });
});

describe("search results over many columns", () => {
  it("shows ten a page, best first, and no hits past the last page", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-search-many-"));
    const klanten = posts.find((post) => post.slug === "klanten")!;
    const many = Array.from({ length: 23 }, (_, i) => ({ ...klanten, slug: `c-${i}`, title: `Column ${i}` }));
    // Handed over one by one, as the build does: the index takes every post, and the list keeps none of them.
    const handed: (Post | undefined)[] = [...many];
    await writeSearchIndex(handOver(handed), dir);
    expect(handed.every((post) => post === undefined)).toBe(true);
    const first = await searchColumns("klanten", 1, dir);
    expect(first).toMatchObject({ total: 23, page: 1, pageCount: 3 });
    expect(first.hits).toHaveLength(10);
    expect((await searchColumns("klanten", 3, dir)).hits).toHaveLength(3);
    expect((await searchColumns("klanten", 4, dir)).hits).toEqual([]);
    const all = [1, 2, 3].map((page) => searchColumns("klanten", page, dir));
    const urls = (await Promise.all(all)).flatMap((results) => results.hits.map((hit) => hit.url));
    expect(new Set(urls).size).toBe(23);
  }, 30_000);
});

describe("excerptParts", () => {
  it("splits Pagefind's excerpt into text and marked words, and reads back its escaped < and >", () => {
    expect(excerptParts("De <mark>klanten</mark> &lt;b&gt; & <mark>meer</mark>")).toEqual([
      { text: "De ", marked: false },
      { text: "klanten", marked: true },
      { text: " <b> & ", marked: false },
      { text: "meer", marked: true },
    ]);
    expect(excerptParts("")).toEqual([]);
  });
});
