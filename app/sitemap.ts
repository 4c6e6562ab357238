import type { MetadataRoute } from "next";
import { getAllAuthors, getAllPosts, getAllTopics, getPostsByAuthor } from "@/lib/content/lookups";
import { paginate } from "@/lib/content/pagination";
import { authorPath, listPagePath, postPath, topicPath } from "@/lib/paths";
import type { Post } from "@/lib/content/posts";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getAllPosts();
  return [
    ...listPages("/", posts),
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post)), ...lastModified([post]) })),
    ...getAllAuthors().flatMap((author) => listPages(authorPath(author), getPostsByAuthor(author.slug))),
    { url: absoluteUrl("/onderwerpen"), ...lastModified(posts.filter((post) => post.topics.length > 0)) },
    ...getAllTopics().flatMap((topic) => listPages(topicPath(topic), topic.posts)),
  ];
}

// Every page of a list of posts (the index, an author's, a topic's), each with the newest change among its posts.
function listPages(listPath: string, posts: Post[]): MetadataRoute.Sitemap {
  const pages: MetadataRoute.Sitemap = [];
  for (let page = 1, list = paginate(posts, 1); list; list = paginate(posts, ++page)) {
    pages.push({ url: absoluteUrl(listPagePath(listPath, page)), ...lastModified(list.posts) });
  }
  return pages;
}

// The newest known change among the posts; no lastmod at all when none of them is dated.
function lastModified(posts: Post[]): { lastModified?: string } {
  const newest = posts
    .map((post) => post.updated ?? post.date)
    .filter((date) => date !== undefined)
    .sort()
    .at(-1);
  return newest ? { lastModified: newest } : {};
}
