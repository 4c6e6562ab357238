// RSS 2.0 and Atom 1.0 written directly, so that every field carries the editor's text as text. The `feed` package
// put titles and descriptions raw into fields readers render as HTML (a title "<b>" came out bold) and left `<` raw in
// Atom attributes (malformed XML). Here each field is one of two kinds, and is escaped as that kind, once.

import { escapeHtml } from "../escape-html";

/** One entry of a feed, with its fields as plain text except `contentHtml`. */
export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** Sanitized HTML with absolute links. */
  contentHtml: string;
  author: { name: string; url: string };
  tags: string[];
  published?: Date;
  updated: Date;
}

/** The feed as a whole; every field plain text. */
export interface FeedHead {
  title: string;
  description: string;
  homeUrl: string;
  selfUrl: string;
  imageUrl: string;
  iconUrl: string;
  language: string;
  rights: string;
  updated: Date;
}

// Characters XML 1.0 cannot carry at all (a YAML "\b" could bring one): left out, or the feed would not parse.
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Returns `text` escaped for XML character data and attribute values (`&`, `<`, `>`, `"`, `'`). HTML escapes the same
 * five, so applied twice it turns plain text into the XML of an HTML field that shows exactly that text.
 */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(notXml, ""));
}

const element = (name: string, text: string, attributes = "") => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

/** Returns an RSS 2.0 document: titles plain text, descriptions and content HTML, as RSS readers take them. */
export function rss2(head: FeedHead, entries: FeedEntry[]): string {
  const items = entries.map((entry) =>
    [
      "<item>",
      element("title", entry.title),
      element("link", entry.url),
      element("guid", entry.url, ' isPermaLink="false"'),
      entry.published ? element("pubDate", entry.published.toUTCString()) : "",
      // An HTML field in every RSS reader: the text as HTML, then that as XML.
      element("description", escapeXml(entry.summary)),
      element("content:encoded", entry.contentHtml),
      element("dc:creator", entry.author.name),
      ...entry.tags.map((tag) => element("category", tag)),
      "</item>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    element("title", head.title),
    element("link", head.homeUrl),
    element("description", head.description),
    element("lastBuildDate", head.updated.toUTCString()),
    element("docs", "https://validator.w3.org/feed/docs/rss2.html"),
    element("language", head.language),
    `<image>${element("title", head.title)}${element("url", head.imageUrl)}${element("link", head.homeUrl)}</image>`,
    element("copyright", head.rights),
    `<atom:link href="${escapeXml(head.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "</channel>",
    "</rss>",
  ].join("\n");
}

/** Returns an Atom 1.0 document: titles and summaries `type="text"`, content `type="html"`. */
export function atom1(head: FeedHead, entries: FeedEntry[]): string {
  const link = (href: string, rel: string) => `<link rel="${rel}" href="${escapeXml(href)}"/>`;
  const items = entries.map((entry) =>
    [
      "<entry>",
      element("title", entry.title, ' type="text"'),
      element("id", entry.url),
      link(entry.url, "alternate"),
      element("updated", entry.updated.toISOString()),
      entry.published ? element("published", entry.published.toISOString()) : "",
      element("summary", entry.summary, ' type="text"'),
      element("content", entry.contentHtml, ' type="html"'),
      `<author>${element("name", entry.author.name)}${element("uri", entry.author.url)}</author>`,
      ...entry.tags.map((tag) => `<category term="${escapeXml(tag)}" label="${escapeXml(tag)}"/>`),
      "</entry>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(head.language)}">`,
    element("id", head.homeUrl),
    element("title", head.title, ' type="text"'),
    element("updated", head.updated.toISOString()),
    link(head.homeUrl, "alternate"),
    link(head.selfUrl, "self"),
    element("subtitle", head.description, ' type="text"'),
    element("logo", head.imageUrl),
    element("icon", head.iconUrl),
    element("rights", head.rights, ' type="text"'),
    ...items,
    "</feed>",
  ].join("\n");
}
