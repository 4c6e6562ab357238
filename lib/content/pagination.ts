import { site } from "../site";

/** One page of a list of posts: the index, a topic's or an author's columns. */
export interface ListPage<T> {
  posts: T[];
  page: number;
  pageCount: number;
}

/** Returns how many pages a list of `total` posts takes; one, even for none. */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / site.postsPerPage));
}

/** Returns page `page` of `posts`, or undefined when there is no such page; page 1 exists even with no posts. */
export function paginate<T>(posts: T[], page: number): ListPage<T> | undefined {
  const count = pageCount(posts.length);
  if (!Number.isInteger(page) || page < 1 || page > count) return undefined;
  return { posts: posts.slice((page - 1) * site.postsPerPage, page * site.postsPerPage), page, pageCount: count };
}

/** Returns the route parameter of every page of a list of `total` posts, page 1 included (see FirstPageRedirect). */
export function pageParams(total: number): { page: string }[] {
  return Array.from({ length: pageCount(total) }, (_, index) => ({ page: String(index + 1) }));
}

/** Returns the page number in a route parameter, or undefined unless it is written plainly (`2`, not `02`). */
export function parsePageParam(value: string): number | undefined {
  return /^[1-9]\d*$/.test(value) ? Number(value) : undefined;
}
