import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { getSiteContent } from "@/lib/content/lookups";
import { buildFeed } from "@/lib/outputs/feeds";
import { absoluteUrl } from "@/lib/site";
import { fixtures } from "./helpers";

const posts = getSiteContent(path.join(fixtures, "site"), false).posts;
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
    expect(items[0].author).toBe("Jan Smit");
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
