import { postPath } from "@/lib/paths";
import type { Post } from "@/lib/content/posts";

type Props = { newer?: Post; older?: Post };

/** Links to the previous (older) and next (newer) column, when there are such. */
export function PostNavigation({ newer, older }: Props) {
  if (!newer && !older) return null;
  return (
    <nav className="post-navigation" aria-label="Vorige en volgende column">
      {older && (
        <a href={postPath(older)} rel="prev">
          <span>Vorige column</span> {older.title}
        </a>
      )}
      {newer && (
        <a href={postPath(newer)} rel="next">
          <span>Volgende column</span> {newer.title}
        </a>
      )}
    </nav>
  );
}
