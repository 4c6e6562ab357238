import { atom1, rss2, type FeedEntry } from "./feed-xml";
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
  const head = {
    title: site.name,
    description: site.tagline,
    homeUrl: absoluteUrl("/"),
    selfUrl: absoluteUrl(feeds[format].path),
    imageUrl: absoluteUrl(siteImagePath),
    iconUrl: absoluteUrl(faviconPath),
    language: site.language,
    rights: `© ${site.name}`,
    updated: feedUpdated,
  };
  const entries = posts.map((post) => feedEntry(post, feedUpdated));
  return format === "rss" ? rss2(head, entries) : atom1(head, entries);
}

function feedEntry(post: Post, feedUpdated: Date): FeedEntry {
  const url = absoluteUrl(postPath(post));
  return {
    url,
    title: post.title,
    summary: post.description,
    contentHtml: getPostFeedHtml(post),
    author: { name: post.author.name, url: absoluteUrl(authorPath(post.author)) },
    tags: post.topics.map((topic) => topic.label),
    published: instant(post.date),
    // Atom requires an update on every entry: an undated one gets the feed's own.
    updated: instant(post.updated ?? post.date) ?? feedUpdated,
  };
}

// JSON Feed 1.1 (https://jsonfeed.org/version/1.1): plain JSON; `title`, `summary` and `tags` are plain text there.
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
