import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { getSiteContent } from "@/lib/content/lookups";
import { authorPath, postPath, topicPath } from "@/lib/paths";
import { absoluteUrl, site } from "@/lib/site";
import { launchBrowser } from "./browser";

const baseUrl = inject("baseUrl");
const { posts, authors, topics } = getSiteContent();
const postUrls = posts.map((post) => absoluteUrl(postPath(post)));
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "item", "entry"].includes(name) });

/** The built site names its public URL; the test server answers on another port. */
function local(url: string): string {
  return url.replace(site.url, baseUrl);
}

// A plain static server types files by extension alone (feed.xml is XML); next start names each feed's own type.
const exactTypes = inject("target") === "server";

async function fetchText(pathname: string, type: string): Promise<string> {
  const response = await fetch(baseUrl + pathname);
  expect(response.status, pathname).toBe(200);
  const expected = exactTypes ? type : type.replace(/^application\/(rss|atom|feed)\+/, "");
  expect(response.headers.get("content-type"), pathname).toContain(expected);
  return response.text();
}

const sitemap = await fetchText("/sitemap.xml", "xml");
const pageUrls: string[] = xml.parse(sitemap).urlset.url.map((entry: { loc: string }) => entry.loc);

describe("the sitemap and robots.txt", () => {
  it("is valid against the sitemaps.org schema", async () => {
    const schema = fs.readFileSync(path.join(import.meta.dirname, "..", "fixtures", "sitemap.xsd"), "utf8");
    const result = await validateXML({ xml: { fileName: "sitemap.xml", contents: sitemap }, schema });
    expect(result.errors).toEqual([]);
  });

  it("lists the index, every published post, author and topic, with absolute URLs", () => {
    const authorUrls = [...authors.values()].map((author) => absoluteUrl(authorPath(author)));
    const topicUrls = [...topics.values()].map((topic) => absoluteUrl(topicPath(topic)));
    const expected = [absoluteUrl("/"), absoluteUrl("/onderwerpen"), ...postUrls, ...authorUrls, ...topicUrls];
    expect([...pageUrls].sort()).toEqual(expected.sort());
  });

  it("dates a post by its date, and an undated post not at all", () => {
    const entries: { loc: string; lastmod?: string }[] = xml.parse(sitemap).urlset.url;
    for (const post of posts) {
      const entry = entries.find((candidate) => candidate.loc === absoluteUrl(postPath(post)));
      expect(entry?.lastmod).toBe(post.updated ?? post.date);
    }
  });

  it("robots.txt allows everything and names the sitemap", async () => {
    const robots = await fetchText("/robots.txt", "text/plain");
    expect(robots).toMatch(/User-Agent: \*\nAllow: \//);
    expect(robots).toContain(`Sitemap: ${absoluteUrl("/sitemap.xml")}`);
  });
});

describe("the feeds as served", () => {
  it("RSS lists exactly the published posts", async () => {
    const { rss } = xml.parse(await fetchText("/feed.xml", "application/rss+xml"));
    expect(rss.channel.item.map((item: { link: string }) => item.link)).toEqual(postUrls);
  });

  it("Atom lists exactly the published posts", async () => {
    const { feed } = xml.parse(await fetchText("/atom.xml", "application/atom+xml"));
    expect(feed.entry.map((entry: { id: string }) => entry.id)).toEqual(postUrls);
  });

  it("JSON Feed lists exactly the published posts", async () => {
    const feed = JSON.parse(await fetchText("/feed.json", "application/feed+json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(postUrls);
  });
});

describe("every page in the sitemap, in Chromium", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function headOf(url: string) {
    await page.goto(local(url));
    return page.evaluate(() => {
      const meta = (key: string) =>
        document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content") ?? null;
      return {
        title: document.title,
        description: meta("description"),
        canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
        feeds: [...document.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute("type")),
        og: Object.fromEntries(
          ["og:title", "og:description", "og:url", "og:site_name", "og:locale", "og:type", "og:image"].map((key) => [
            key,
            meta(key),
          ]),
        ),
        twitterCard: meta("twitter:card"),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
          JSON.parse(script.textContent ?? ""),
        ),
      };
    });
  }

  it("has a title, description, canonical URL, feed links, Open Graph and a Twitter card", async () => {
    for (const url of pageUrls) {
      const head = await headOf(url);
      expect(head.title, url).toMatch(/Blog Peter Bröring$/);
      expect(head.description, url).toBeTruthy();
      expect(head.canonical, url).toBe(url === absoluteUrl("/") ? site.url : url);
      expect(head.feeds, url).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
      expect(head.og, url).toMatchObject({ "og:site_name": site.name, "og:locale": "nl_NL", "og:url": head.canonical });
      expect(head.og["og:title"], url).toBeTruthy();
      expect(head.twitterCard, url).toBe("summary_large_image");
    }
  });

  it("describes each post as an article with BlogPosting and BreadcrumbList JSON-LD", async () => {
    for (const post of posts) {
      const head = await headOf(absoluteUrl(postPath(post)));
      expect(head.og["og:type"]).toBe("article");
      expect(head.og["og:title"]).toBe(post.title);
      const [posting, breadcrumbs] = head.jsonLd;
      expect(posting).toMatchObject({
        "@type": "BlogPosting",
        headline: post.title,
        description: post.description,
        author: { "@type": "Person", name: post.author.name, url: absoluteUrl(authorPath(post.author)) },
        mainEntityOfPage: { "@id": absoluteUrl(postPath(post)) },
        inLanguage: "nl-NL",
        wordCount: post.wordCount,
      });
      expect(posting.datePublished).toBe(post.date);
      expect(breadcrumbs["@type"]).toBe("BreadcrumbList");
    }
  });

  it("describes the index as a Blog and author pages as a ProfilePage", async () => {
    expect((await headOf(absoluteUrl("/"))).jsonLd[0]).toMatchObject({
      "@type": "Blog",
      isPartOf: { "@type": "WebSite" },
    });
    for (const author of authors.values()) {
      const head = await headOf(absoluteUrl(authorPath(author)));
      expect(head.jsonLd[0]).toMatchObject({
        "@type": "ProfilePage",
        mainEntity: { "@type": "Person", name: author.name },
      });
    }
  });

  it("tells crawlers not to index the 404 page, and gives it no canonical URL", async () => {
    const response = await page.goto(`${baseUrl}/bestaat-niet`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex");
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
  });

  it("points og:image at a 1200 × 630 PNG", async () => {
    const images = new Set<string>();
    for (const url of pageUrls) images.add(String((await headOf(url)).og["og:image"]));
    expect(images.size).toBe(posts.length + 1);
    for (const image of images) {
      const response = await page.goto(local(image));
      expect(response?.headers()["content-type"], image).toBe("image/png");
      const size = await page.evaluate(() => [document.images[0].naturalWidth, document.images[0].naturalHeight]);
      expect(size, image).toEqual([1200, 630]);
    }
  });
});
