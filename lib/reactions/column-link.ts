import { getPostBySlug } from "../content/lookups";
import { postPath } from "../paths";

/** Returns the title and path of the published column `slug`, or undefined when there is no such column. */
export function getColumnLink(slug: unknown): { title: string; path: string } | undefined {
  const post = typeof slug === "string" ? getPostBySlug(slug) : undefined;
  return post && { title: post.title, path: postPath(post) };
}
