import { getPostBySlug } from "@/lib/content/lookups";
import { postPath } from "@/lib/paths";

type Props = { title: string; message: string; column: string | string[] | undefined };

/** The Dutch page a reader lands on after sending a reaction, with a link back to the column. */
export function ReactionAnswer({ title, message, column }: Props) {
  const post = typeof column === "string" ? getPostBySlug(column) : undefined;
  return (
    <>
      <h1 className="page-title">{title}</h1>
      <p>{message}</p>
      <p>
        {post ? (
          <a href={`${postPath(post)}#reacties`}>Terug naar “{post.title}”</a>
        ) : (
          <a href="/">Naar alle columns</a>
        )}
      </p>
    </>
  );
}
