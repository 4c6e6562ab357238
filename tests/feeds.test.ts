import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { decode } from "html-entities";
import { validateXML } from "xmllint-wasm";
import { describe, expect, it } from "vitest";
import { getPostFeedHtml } from "@/lib/content/lookups";
import { isPublished } from "@/lib/content/posts";
import { readContent } from "@/lib/content/read";
import { buildFeed } from "@/lib/outputs/feeds";
import { absoluteUrl } from "@/lib/site";
import { fixtures } from "./helpers";

const posts = readContent(path.join(fixtures, "site")).posts.filter(isPublished);
const published = ["tweede-column", "eerste-column", "tekens-in-de-titel", "zonder-datum"].map((slug) =>
  absoluteUrl(`/blog/${slug}`),
);
const trickyTitle = 'Klant & "medewerker" <samen> ’t sterkst';
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "entry", "category"].includes(name) });

describe("the RSS 2.0 feed", () => {
  const { rss } = xml.parse(buildFeed(posts, "rss"));
  const items = rss.channel.item;

  it("lists exactly the published posts, newest first, with absolute links", () => {
    expect(rss["@_version"]).toBe("2.0");
    expect(items.map((item: { link: string }) => item.link)).toEqual(published);
  });

  it('keeps a title with &, <, " and ’ intact', () => {
    expect(items[2].title).toBe(trickyTitle);
  });

  it("carries the full HTML with absolute links and images, the author and the topics", () => {
    expect(items[2]["content:encoded"]).toContain(`<a href="${absoluteUrl("/blog/eerste-column")}">`);
    // A feed reader gets a plain <img> of a 720 px variant, not a <picture>.
    expect(items[2]["content:encoded"]).toMatch(
      new RegExp(
        `<img src="${absoluteUrl("/_variants/grafiek-[0-9a-f]{10}-720.png")}" width="720" height="450" alt="een grafiek">`,
      ),
    );
    expect(items[2]["content:encoded"]).not.toContain("<picture");
    expect(items[2].category).toEqual(["Klantcontact", "Strategie"]);
    expect(items[0]["dc:creator"]).toBe("Jan Smit");
  });

  it("gives a dated post its day and an undated post no pubDate", () => {
    expect(items[1].pubDate).toBe("Wed, 15 Jan 2020 00:00:00 GMT");
    expect(items[3]).not.toHaveProperty("pubDate");
  });
});

describe("the Atom 1.0 feed", () => {
  const { feed } = xml.parse(buildFeed(posts, "atom"));
  const entries = feed.entry;

  it("lists exactly the published posts with absolute links", () => {
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(entries.map((entry: { id: string }) => entry.id)).toEqual(published);
    expect(entries[2].title["#text"]).toBe(trickyTitle);
  });

  it("dates every entry's update but publishes an undated post without a date", () => {
    expect(feed.updated).toBe("2021-07-01T00:00:00.000Z");
    expect(entries[0]).toMatchObject({ updated: "2021-07-01T00:00:00.000Z", published: "2021-06-01T00:00:00.000Z" });
    expect(entries[3].updated).toBe(feed.updated);
    expect(entries[3]).not.toHaveProperty("published");
  });
});

describe("the JSON Feed 1.1", () => {
  const feed = JSON.parse(buildFeed(posts, "json"));

  it("has the required fields and exactly the published posts", () => {
    expect(feed).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "Blog Peter Bröring" });
    expect(feed.feed_url).toBe(absoluteUrl("/feed.json"));
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(published);
    for (const item of feed.items) expect(item.content_html).toEqual(expect.any(String));
  });

  it("keeps the tricky title, the authors and the tags", () => {
    expect(feed.items[2]).toMatchObject({
      title: trickyTitle,
      authors: [{ name: "Jan Smit", url: absoluteUrl("/auteurs/jan-smit") }],
      tags: ["Klantcontact", "Strategie"],
    });
  });

  it("gives an undated post no date_published", () => {
    expect(feed.items[0]).toMatchObject({
      date_published: "2021-06-01T00:00:00.000Z",
      date_modified: "2021-07-01T00:00:00.000Z",
    });
    expect(feed.items[3]).not.toHaveProperty("date_published");
    expect(feed.items[3]).not.toHaveProperty("date_modified");
  });
});

describe("a long-running column site", () => {
  it("carries only the newest 50 posts in each feed", () => {
    const many = Array.from({ length: 60 }, (_, index) => ({ ...posts[0], slug: `column-${index + 1}` }));
    const { rss } = xml.parse(buildFeed(many, "rss"));
    expect(rss.channel.item).toHaveLength(50);
    expect(rss.channel.item[49].link).toBe(absoluteUrl("/blog/column-50"));
    expect(JSON.parse(buildFeed(many, "json")).items).toHaveLength(50);
  });
});

describe("editor text that looks like markup", () => {
  // Every text field of this fixture holds &, <, quotes, "]]>", an entity written out and something like a tag.
  const [post] = readContent(path.join(fixtures, "tricky")).posts.filter(isPublished);
  const text = { title: post.title, summary: post.description, author: post.author.name };
  const tags = post.topics.map((topic) => topic.label);

  it("is really in every field of the fixture", () => {
    for (const value of [...Object.values(text), tags.join(" ")]) expect(value).toMatch(/[&<"']/);
    expect(text.title).toContain("<script>");
    expect(text.summary).toContain("<img src=x onerror=alert(1)>");
  });

  it.each(["rss", "atom"] as const)("leaves the %s feed well-formed for a strict XML parser", async (format) => {
    const result = await validateXML({
      xml: [{ fileName: `${format}.xml`, contents: buildFeed([post], format) }],
      normalization: "c14n",
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // A reader renders an HTML field as HTML: it must hold no element, and its text must be the editor's text.
  function expectHtmlShowingText(html: string | undefined, expected: string) {
    expect(html).not.toMatch(/</);
    expect(decode(html ?? "")).toBe(expected);
  }

  it("reaches an RSS reader as the same text: titles as text, descriptions as HTML that shows the text", () => {
    const [item] = parseRssFeed(buildFeed([post], "rss")).items ?? [];
    expect(item.title).toBe(text.title);
    expectHtmlShowingText(item.description, text.summary);
    expect(item.dc?.creators).toEqual([text.author]);
    expect(item.categories?.map((category) => category.name)).toEqual(tags);
  });

  it("reaches an Atom reader as the same text, typed text, with categories in attributes", () => {
    const [entry] = parseAtomFeed(buildFeed([post], "atom")).entries ?? [];
    expect(entry.title).toEqual({ value: text.title, type: "text" });
    expect(entry.summary).toEqual({ value: text.summary, type: "text" });
    expect(entry.authors?.[0].name).toBe(text.author);
    expect(entry.categories?.map(({ term, label }) => [term, label])).toEqual(tags.map((tag) => [tag, tag]));
  });

  it("reaches a JSON Feed reader as the same text", () => {
    const [item] = parseJsonFeed(JSON.parse(buildFeed([post], "json"))).items ?? [];
    expect(item).toMatchObject({ title: text.title, summary: text.summary, tags });
    expect(item.authors?.[0].name).toBe(text.author);
  });

  it("keeps the body's HTML as HTML in every format", () => {
    const rss = parseRssFeed(buildFeed([post], "rss")).items?.[0];
    const atom = parseAtomFeed(buildFeed([post], "atom")).entries?.[0];
    expect(rss?.content?.encoded).toBe(getPostFeedHtml(post).trim());
    expect(atom?.content).toEqual({ value: getPostFeedHtml(post).trim(), type: "html" });
  });
});
