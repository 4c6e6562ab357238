import type { Author } from "./authors";
import { pictureOf } from "../images";
import { absoluteUrls, plainImages } from "../markdown";
import { contentFingerprint, readContentOnce } from "./snapshot";
import { todayInAmsterdam } from "../dates";
import { escapeHtml } from "../escape-html";
import { defaultPublicDir, isPublished, type Post, type Topic } from "./posts";
import { paginate, type ListPage } from "./pagination";
import { readContent } from "./read";
import { relatedPosts } from "./related";
import { absoluteUrl, site } from "../site";

/** The content a build shows, read once per process, with lookups precomputed. */
interface SiteContent {
  posts: Post[];
  authors: Map<string, Author>;
  postsBySlug: Map<string, Post>;
  /** Each post's place in `posts`, for its neighbours. */
  positions: Map<Post, number>;
  postsByAuthor: Map<string, Post[]>;
  /** Topics by slug, in alphabetical order, each with its posts. */
  topics: Map<string, TopicWithPosts>;
}

/** A topic page's content. */
export interface TopicWithPosts extends Topic {
  posts: Post[];
}

/** One page of the index: `/` is page 1, `/pagina/N` the others. */
export type IndexPage = ListPage<Post>;

const cache = new Map<string, SiteContent>();

/** True when unpublished posts (drafts, scheduled) are shown: only in `npm run dev`. */
export const showUnpublished = process.env.NODE_ENV === "development";

// Next builds in several processes; they share one reading of the content (see content-snapshot.ts).
const building = process.env.NEXT_PHASE === "phase-production-build";

/** Returns the site's content from `contentDir`, read on first use; throws a ContentError when any file is wrong. */
export function getSiteContent(contentDir: string = site.contentDir, unpublished = showUnpublished): SiteContent {
  let key = `${contentDir}\0${unpublished}`;
  if (showUnpublished) {
    // npm run dev: an editor changes files while the server runs, so read again when any file has changed.
    key += contentFingerprint(contentDir, defaultPublicDir(contentDir), todayInAmsterdam());
  }
  let content = cache.get(key);
  if (!content) {
    const all = building ? readContentOnce(contentDir) : readContent(contentDir);
    if (showUnpublished) cache.clear();
    const posts = unpublished ? all.posts : all.posts.filter(isPublished);
    content = {
      posts,
      authors: all.authors,
      postsBySlug: new Map(posts.map((post) => [post.slug, post])),
      positions: new Map(posts.map((post, index) => [post, index])),
      postsByAuthor: groupBy(posts, (post) => post.author.slug),
      topics: topicsOf(posts),
    };
    cache.set(key, content);
  }
  return content;
}

/** Returns the posts, newest first (undated last). */
export function getAllPosts(contentDir?: string): Post[] {
  return getSiteContent(contentDir).posts;
}

/** Returns the route parameters of every post page, for `generateStaticParams`. */
export function getPostParams(contentDir?: string): { slug: string }[] {
  return getAllPosts(contentDir).map((post) => ({ slug: post.slug }));
}

/** Returns page `page` of the index, or undefined past the last page; page 1 exists even with no posts. */
export function getIndexPage(page: number, contentDir?: string): IndexPage | undefined {
  return paginate(getAllPosts(contentDir), page);
}

/** Returns every topic in alphabetical order, each with its posts. */
export function getAllTopics(contentDir?: string): TopicWithPosts[] {
  return [...getSiteContent(contentDir).topics.values()];
}

/** Returns the topic with this slug and its posts, or undefined. */
export function getTopicBySlug(slug: string, contentDir?: string): TopicWithPosts | undefined {
  return getSiteContent(contentDir).topics.get(slug);
}

/** Returns page `page` of a topic's posts, or undefined for an unknown topic or a page past its last. */
export function getTopicPage(slug: string, page: number, contentDir?: string): ListPage<Post> | undefined {
  const topic = getTopicBySlug(slug, contentDir);
  return topic && paginate(topic.posts, page);
}

/** Returns the post with this slug, or undefined. */
export function getPostBySlug(slug: string, contentDir?: string): Post | undefined {
  return getSiteContent(contentDir).postsBySlug.get(slug);
}

/** Returns the posts just newer and just older than this one, where there are such. */
export function getAdjacentPosts(post: Post, contentDir?: string): { newer?: Post; older?: Post } {
  const { posts, positions } = getSiteContent(contentDir);
  const index = positions.get(post);
  if (index === undefined) return {};
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/** Returns up to `count` other posts by the same author, newest first, leaving out the posts in `exclude`. */
export function getMorePostsByAuthor(post: Post, count = 3, contentDir?: string, exclude: readonly Post[] = []): Post[] {
  const more: Post[] = [];
  for (const other of getPostsByAuthor(post.author.slug, contentDir)) {
    if (more.length === count) break;
    if (other !== post && !exclude.includes(other)) more.push(other);
  }
  return more;
}

/** Returns up to `count` other posts that share topics with this one, best first (see relatedPosts). */
export function getRelatedPosts(post: Post, count = 3, contentDir?: string): Post[] {
  return relatedPosts(post, getSiteContent(contentDir), count);
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

/** Returns page `page` of an author's posts, or undefined for an unknown author or a page past their last. */
export function getAuthorPage(slug: string, page: number, contentDir?: string): ListPage<Post> | undefined {
  if (!getAuthorBySlug(slug, contentDir)) return undefined;
  return paginate(getPostsByAuthor(slug, contentDir), page);
}

/**
 * Returns the post's body as sanitized HTML with absolute links, for feeds: its cover first, and every image a plain
 * `<img>` of a width a feed reader can show (not every reader knows `<picture>`).
 */
export function getPostFeedHtml(post: Post): string {
  let cover = "";
  if (post.cover) {
    const { src, width, height } = pictureOf(post.cover.image, "column").img;
    cover = `<p><img src="${src}" alt="${escapeHtml(post.cover.alt)}" width="${width}" height="${height}"></p>`;
  }
  return absoluteUrls(cover + plainImages(post.html), absoluteUrl(""));
}

function topicsOf(posts: Post[]): Map<string, TopicWithPosts> {
  const topics = new Map<string, TopicWithPosts>();
  for (const post of posts) {
    for (const topic of post.topics) {
      const entry = topics.get(topic.slug);
      if (entry) entry.posts.push(post);
      else topics.set(topic.slug, { ...topic, posts: [post] });
    }
  }
  const byLabel = [...topics.values()].sort((a, b) => a.label.localeCompare(b.label, "nl"));
  return new Map(byLabel.map((topic) => [topic.slug, topic]));
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
