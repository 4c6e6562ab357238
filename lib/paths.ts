import type { Author } from "./authors";
import type { Post, Topic } from "./posts";

// The site's URLs are a public contract: they are made here and nowhere else.

/** Returns the path of a post's page. */
export function postPath(post: Pick<Post, "slug">): string {
  return `/blog/${post.slug}`;
}

/** Returns the path of an author's page. */
export function authorPath(author: Pick<Author, "slug">): string {
  return `/auteurs/${author.slug}`;
}

/** Returns the path of an index page: `/` for the first, `/pagina/N` for the others. */
export function indexPagePath(page: number): string {
  return page === 1 ? "/" : `/pagina/${page}`;
}

/** Returns the path of a topic's page. */
export function topicPath(topic: Pick<Topic, "slug">): string {
  return `/onderwerpen/${topic.slug}`;
}

/** The path of the site's own Open Graph image. */
export const siteImagePath = "/og.png";

/** Returns the path of a post's Open Graph image. */
export function postImagePath(post: Pick<Post, "slug">): string {
  return `${postPath(post)}/og.png`;
}

/** The path of the square icon for home screens and feed readers. */
export const touchIconPath = "/apple-touch-icon.png";

/** The path of the favicon, an SVG in public/. */
export const faviconPath = "/icon.svg";
