import type { Author } from "./authors";
import { renderHtml } from "./markdown";
import { readContent, type Post } from "./posts";
import { absoluteUrl, site } from "./site";

/** The content a build shows, read once per process, with lookups precomputed. */
interface SiteContent {
  posts: Post[];
  authors: Map<string, Author>;
  postsBySlug: Map<string, Post>;
  postsByAuthor: Map<string, Post[]>;
}

const cache = new Map<string, SiteContent>();

/** True when unpublished posts (drafts, scheduled) are shown: only in `npm run dev`. */
export const showUnpublished = process.env.NODE_ENV === "development";

/** Returns the site's content from `contentDir`, read on first use; throws a ContentError when any file is wrong. */
export function getSiteContent(contentDir: string = site.contentDir, unpublished = showUnpublished): SiteContent {
  const key = `${contentDir}\0${unpublished}`;
  let content = cache.get(key);
  if (!content) {
    const all = readContent(contentDir);
    const posts = unpublished ? all.posts : all.posts.filter(isPublished);
    content = {
      posts,
      authors: all.authors,
      postsBySlug: new Map(posts.map((post) => [post.slug, post])),
      postsByAuthor: groupBy(posts, (post) => post.author.slug),
    };
    cache.set(key, content);
  }
  return content;
}

/** Returns true for a post readers may see: not a draft and not scheduled. */
export function isPublished(post: Post): boolean {
  return !post.draft && !post.scheduled;
}

/** Returns the posts, newest first (undated last). */
export function getAllPosts(contentDir?: string): Post[] {
  return getSiteContent(contentDir).posts;
}

/** Returns the route parameters of every post page, for `generateStaticParams`. */
export function getPostParams(contentDir?: string): { slug: string }[] {
  return getAllPosts(contentDir).map((post) => ({ slug: post.slug }));
}

/** Returns the post with this slug, or undefined. */
export function getPostBySlug(slug: string, contentDir?: string): Post | undefined {
  return getSiteContent(contentDir).postsBySlug.get(slug);
}

/** Returns every author, in file order. */
export function getAllAuthors(contentDir?: string): Author[] {
  return [...getSiteContent(contentDir).authors.values()];
}

/** Returns the author with this slug, or undefined. */
export function getAuthorBySlug(slug: string, contentDir?: string): Author | undefined {
  return getSiteContent(contentDir).authors.get(slug);
}

/** Returns the author's posts, newest first; none for an unknown author. */
export function getPostsByAuthor(slug: string, contentDir?: string): Post[] {
  return getSiteContent(contentDir).postsByAuthor.get(slug) ?? [];
}

const htmlCache = new WeakMap<Post, string>();

/** Returns the post's body as sanitized HTML, rendered once per process. */
export function getPostHtml(post: Post): string {
  let html = htmlCache.get(post);
  if (html === undefined) {
    html = renderHtml(post.body);
    htmlCache.set(post, html);
  }
  return html;
}

/** Returns the post's body as sanitized HTML with absolute links, for feeds. */
export function getPostFeedHtml(post: Post): string {
  return renderHtml(post.body, absoluteUrl(""));
}

/** Returns the path of a post's page. */
export function postPath(post: Pick<Post, "slug">): string {
  return `/blog/${post.slug}`;
}

/** Returns the path of an author's page. */
export function authorPath(author: Pick<Author, "slug">): string {
  return `/auteurs/${author.slug}`;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
