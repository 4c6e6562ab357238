import { authorPath } from "@/lib/paths";
import { formatDutchDate } from "@/lib/dates";
import type { Post } from "@/lib/content/posts";

type Props = {
  post: Post;
  /** Link the author's name; off on the author's own page. */
  linkAuthor?: boolean;
};

/** The byline: author, date when known, reading time, and a marker on unpublished posts. */
export function PostMeta({ post, linkAuthor = true }: Props) {
  const author = linkAuthor ? <a href={authorPath(post.author)}>{post.author.name}</a> : post.author.name;
  return (
    <p className="post-meta">
      {/* The badge sits inside the item, so the item's separator (app/globals.css) is not on its background. */}
      {post.draft && (
        <span>
          <span className="marker">Concept</span>
        </span>
      )}
      {post.scheduled && post.date && (
        <span>
          <span className="marker">Gepland voor {formatDutchDate(post.date)}</span>
        </span>
      )}
      <span>Door {author}</span>
      {post.date && <time dateTime={post.date}>{formatDutchDate(post.date)}</time>}
      <span>{post.readingMinutes} min leestijd</span>
    </p>
  );
}
