import { pictureOf } from "@/lib/images";
import type { Post } from "@/lib/content/posts";
import { Picture } from "./Picture";

type Props = { post: Post };

/** The column's cover image, at the top of the article: the first thing on screen, so it loads at once. */
export function CoverImage({ post }: Props) {
  if (!post.cover) return null;
  return <Picture className="cover" picture={pictureOf(post.cover.image, "column")} alt={post.cover.alt} eager />;
}
