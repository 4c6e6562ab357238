import type { Author } from "./authors";
import { pictureOf } from "../images";
import { escapeHtml } from "../escape-html";
import { absoluteUrls, plainImages } from "../feed-html";
import { getContent } from "./load";
import { isPublished, type Post, type Topic } from "./posts";
import { paginate, type ListPage } from "./pagination";
import { ContentError, type Problem } from "./problems";
import type { Content } from "./read";
import { relatedPosts } from "./related";
import { absoluteUrl } from "../site";

/** The content a build shows, with lookups precomputed. */
export interface SiteContent {
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

/** True when unpublished posts (drafts, scheduled) are shown: only in `npm run dev`. */
export const showUnpublished = process.env.NODE_ENV === "development";

let indexed: { content: Content; site: SiteContent } | undefined;

const noContent: Content = { authors: new Map(), posts: [] };

/**
 * Returns the configured site's content with its lookups (see getContent); throws a ContentError when any file is
 * wrong, except in `npm run dev`, where the pages are then empty and the layout lists the problems.
 */
export function getSiteContent(): SiteContent {
  const content = getContentProblems().length > 0 ? noContent : getContent();
  if (indexed?.content !== content) indexed = { content, site: indexContent(content, showUnpublished) };
  return indexed.site;
}

/** Returns every problem of the content in `npm run dev`, where the layout shows them; none elsewhere. */
export function getContentProblems(): readonly Problem[] {
  if (!showUnpublished) return [];
  try {
    getContent();
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** Returns the content's lookups: of every post when `unpublished`, else of the published ones. */
export function indexContent(content: Content, unpublished: boolean): SiteContent {
  const posts = unpublished ? content.posts : content.posts.filter(isPublished);
  return {
    posts,
    authors: content.authors,
    postsBySlug: new Map(posts.map((post) => [post.slug, post])),
    positions: new Map(posts.map((post, index) => [post, index])),
    postsByAuthor: groupBy(posts, (post) => post.author.slug),
    topics: topicsOf(posts),
  };
}

/** Returns the posts, newest first (undated last). */
export function getAllPosts(): Post[] {
  return getSiteContent().posts;
}

/** Returns the route parameters of every post page, for `generateStaticParams`. */
export function getPostParams(): { slug: string }[] {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

/** Returns page `page` of the index, or undefined past the last page; page 1 exists even with no posts. */
export function getIndexPage(page: number): IndexPage | undefined {
  return paginate(getAllPosts(), page);
}

/** Returns every topic in alphabetical order, each with its posts. */
export function getAllTopics(): TopicWithPosts[] {
  return [...getSiteContent().topics.values()];
}

/** Returns the topic with this slug and its posts, or undefined. */
export function getTopicBySlug(slug: string): TopicWithPosts | undefined {
  return getSiteContent().topics.get(slug);
}

/** Returns page `page` of a topic's posts, or undefined for an unknown topic or a page past its last. */
export function getTopicPage(slug: string, page: number): ListPage<Post> | undefined {
  const topic = getTopicBySlug(slug);
  return topic && paginate(topic.posts, page);
}

/** Returns the post with this slug, or undefined. */
export function getPostBySlug(slug: string): Post | undefined {
  return getSiteContent().postsBySlug.get(slug);
}

/** Returns the posts just newer and just older than this one, where there are such. */
export function getAdjacentPosts(post: Post): { newer?: Post; older?: Post } {
  const { posts, positions } = getSiteContent();
  const index = positions.get(post);
  if (index === undefined) return {};
  return { newer: posts[index - 1], older: posts[index + 1] };
}

/** Returns up to `count` other posts by the same author, newest first, leaving out the posts in `exclude`. */
export function getMorePostsByAuthor(post: Post, count = 3, exclude: readonly Post[] = []): Post[] {
  const more: Post[] = [];
  for (const other of getPostsByAuthor(post.author.slug)) {
    if (more.length === count) break;
    if (other !== post && !exclude.includes(other)) more.push(other);
  }
  return more;
}

/** Returns up to `count` other posts that share topics with this one, best first (see relatedPosts). */
export function getRelatedPosts(post: Post, count = 3): Post[] {
  return relatedPosts(post, getSiteContent(), count);
}

/** Returns every author, in file order. */
export function getAllAuthors(): Author[] {
  return [...getSiteContent().authors.values()];
}

/** Returns the author with this slug, or undefined. */
export function getAuthorBySlug(slug: string): Author | undefined {
  return getSiteContent().authors.get(slug);
}

/** Returns the author's posts, newest first; none for an unknown author. */
export function getPostsByAuthor(slug: string): Post[] {
  return getSiteContent().postsByAuthor.get(slug) ?? [];
}

/** Returns page `page` of an author's posts, or undefined for an unknown author or a page past their last. */
export function getAuthorPage(slug: string, page: number): ListPage<Post> | undefined {
  if (!getAuthorBySlug(slug)) return undefined;
  return paginate(getPostsByAuthor(slug), page);
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
