import type { Post } from "@/lib/content/posts";
import { pageIds } from "@/lib/page-ids";
import { PostList } from "./PostList";

type Props = { posts: Post[] };

/** "Verwante columns": other columns on the same topics, under a column; nothing when there are none. */
export function RelatedPosts({ posts }: Props) {
  if (posts.length === 0) return null;
  return (
    <section className="more" aria-labelledby={pageIds.related}>
      <h2 id={pageIds.related}>Verwante columns</h2>
      <PostList posts={posts} headingLevel={3} />
    </section>
  );
}
