import { Feed, type Item } from "feed";
import { pictureOf } from "../images";
import { getAllPosts, getPostFeedHtml } from "../content/lookups";
import { authorPath, faviconPath, postPath, siteImagePath, touchIconPath } from "../paths";
import { toUtcInstant, type CalendarDate } from "../dates";
import type { Post } from "../content/posts";
import { absoluteUrl, site } from "../site";

export type FeedFormat = "rss" | "atom" | "json";

/** Each feed's address and the media type it is served with. */
export const feeds: Record<FeedFormat, { path: string; type: string }> = {
  rss: { path: "/feed.xml", type: "application/rss+xml" },
  atom: { path: "/atom.xml", type: "application/atom+xml" },
  json: { path: "/feed.json", type: "application/feed+json" },
};

/** Returns the site's feed in one format, over the published posts. */
export function getFeed(format: FeedFormat): string {
  return buildFeed(getAllPosts(), format);
}

/**
 * Returns a feed of the newest `site.feedSize` of `posts` (newest first, full HTML content). A post without a date gets no publication date:
 * RSS leaves out `pubDate`, JSON Feed leaves out `date_published`, and Atom, which requires `updated` on every
 * entry, gives it the feed's own `updated` (the newest date in the feed) and no `published`.
 */
export function buildFeed(allPosts: Post[], format: FeedFormat): string {
  const posts = allPosts.slice(0, site.feedSize);
  // With no dated post at all, the feed's own `updated` is the moment it was built.
  const feedUpdated = newestDate(posts) ?? new Date();
  if (format === "json") return JSON.stringify(jsonFeed(posts), null, 2);
  const feed = new Feed({
    title: site.name,
    description: site.tagline,
    id: absoluteUrl("/"),
    link: absoluteUrl("/"),
    language: site.language,
    image: absoluteUrl(siteImagePath),
    favicon: absoluteUrl(faviconPath),
    copyright: `© ${site.name}`,
    generator: false,
    updated: feedUpdated,
    feedLinks: { rss: absoluteUrl(feeds.rss.path), atom: absoluteUrl(feeds.atom.path) },
  });
  for (const post of posts) {
    const published = instant(post.date);
    // `feed` writes `date` as RSS pubDate (skipped when unset, though its type demands one) and Atom updated.
    const dates =
      format === "rss"
        ? { date: published as Date }
        : { date: instant(post.updated ?? post.date) ?? feedUpdated, published };
    feed.addItem({ ...feedItem(post), ...dates });
  }
  return format === "rss" ? feed.rss2() : feed.atom1();
}

function feedItem(post: Post): Omit<Item, "date"> {
  const url = absoluteUrl(postPath(post));
  return {
    title: post.title,
    id: url,
    link: url,
    description: post.description,
    content: getPostFeedHtml(post),
    author: [{ name: post.author.name, link: absoluteUrl(authorPath(post.author)) }],
    category: post.topics.map((topic) => ({ name: topic.label, term: topic.label })),
  };
}

// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), which `feed` does not write: plain JSON, no markup to escape.
function jsonFeed(posts: Post[]) {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: site.name,
    home_page_url: absoluteUrl("/"),
    feed_url: absoluteUrl(feeds.json.path),
    description: site.tagline,
    icon: absoluteUrl(touchIconPath),
    favicon: absoluteUrl(faviconPath),
    language: "nl-NL",
    items: posts.map(jsonFeedItem),
  };
}

function jsonFeedItem(post: Post) {
  const modified = post.updated ?? post.date;
  return {
    id: absoluteUrl(postPath(post)),
    url: absoluteUrl(postPath(post)),
    title: post.title,
    content_html: getPostFeedHtml(post),
    summary: post.description,
    ...(post.cover && { image: absoluteUrl(pictureOf(post.cover.image, "column").img.src) }),
    ...(post.date && { date_published: toUtcInstant(post.date) }),
    ...(modified && { date_modified: toUtcInstant(modified) }),
    authors: [{ name: post.author.name, url: absoluteUrl(authorPath(post.author)) }],
    ...(post.topics.length > 0 && { tags: post.topics.map((topic) => topic.label) }),
  };
}
function newestDate(posts: Post[]): Date | undefined {
  const dates = posts.flatMap((post) => [post.updated, post.date]).filter((date): date is CalendarDate => !!date);
  return instant(dates.sort().at(-1));
}

function instant(date: CalendarDate | undefined): Date | undefined {
  return date ? new Date(toUtcInstant(date)) : undefined;
}
