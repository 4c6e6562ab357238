import type { MetadataRoute } from "next";
import { authorPath, getAllAuthors, getAllPosts, getPostsByAuthor, postPath } from "@/lib/content";
import type { Post } from "@/lib/posts";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const posts = getAllPosts();
  return [
    { url: absoluteUrl("/"), ...lastModified(posts) },
    ...posts.map((post) => ({ url: absoluteUrl(postPath(post)), ...lastModified([post]) })),
    ...getAllAuthors().map((author) => ({
      url: absoluteUrl(authorPath(author)),
      ...lastModified(getPostsByAuthor(author.slug)),
    })),
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
