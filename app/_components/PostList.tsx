import { pictureOf } from "@/lib/images";
import { postPath } from "@/lib/paths";
import type { Post } from "@/lib/content/posts";
import { Picture } from "./Picture";
import { PostMeta } from "./PostMeta";

type Props = {
  posts: Post[];
  /** Heading level of each title: 2 under a page's h1, 3 under a section's h2. */
  headingLevel?: 2 | 3;
  linkAuthor?: boolean;
};

/**
 * A list of posts, each with its title, byline, lead and a small cover where it has one; a friendly line when there
 * are none. The cover's description is left off (alt=""): beside the linked title it would only repeat it.
 */
export function PostList({ posts, headingLevel = 2, linkAuthor }: Props) {
  if (posts.length === 0) return <p className="empty">Er zijn nog geen columns. Kom binnenkort terug.</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="post-list">
      {posts.map((post, index) => (
        <li key={post.slug}>
          <article>
            {post.cover && (
              <Picture
                className="card-image"
                picture={pictureOf(post.cover.image, "card")}
                alt=""
                eager={index === 0}
              />
            )}
            <Heading className="post-list-title">
              <a href={postPath(post)}>{post.title}</a>
            </Heading>
            <PostMeta post={post} linkAuthor={linkAuthor} />
            <p className="lead">{post.description}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
