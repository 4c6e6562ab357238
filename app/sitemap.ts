import type { MetadataRoute } from "next";
import { getAllAuthors, getAllPosts, getAllTopics, getIndexPage, getPostsByAuthor } from "@/lib/content/lookups";
import { authorPath, indexPagePath, postPath, topicPath } from "@/lib/paths";
import type { Post } from "@/lib/content/posts";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getAllPosts();
  const topics = getAllTopics();
  const pageCount = getIndexPage(1)?.pageCount ?? 1;
  return [
    { url: absoluteUrl("/"), ...lastModified(posts) },
    ...Array.from({ length: pageCount - 1 }, (_, index) => {
      const page = getIndexPage(index + 2);
      return { url: absoluteUrl(indexPagePath(index + 2)), ...lastModified(page?.posts ?? []) };
    }),
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post)), ...lastModified([post]) })),
    ...getAllAuthors().map((author) => ({
      url: absoluteUrl(authorPath(author)),
      ...lastModified(getPostsByAuthor(author.slug)),
    })),
    { url: absoluteUrl("/onderwerpen"), ...lastModified(posts.filter((post) => post.topics.length > 0)) },
    ...topics.map((topic) => ({ url: absoluteUrl(topicPath(topic)), ...lastModified(topic.posts) })),
  ];
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
