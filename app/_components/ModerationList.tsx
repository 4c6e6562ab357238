import { getPostBySlug } from "@/lib/content/lookups";
import { postPath } from "@/lib/paths";
import type { Reaction } from "@/lib/reactions/store";

type Props = { reactions: Reaction[]; published?: boolean };

const dateTime = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Amsterdam",
});

/** Reactions for the editor, each with its column and the buttons that approve, reject or delete it. */
export function ModerationList({ reactions, published = false }: Props) {
  return (
    <ol className="moderation reaction-list">
      {reactions.map((reaction) => {
        const post = getPostBySlug(reaction.columnSlug);
        return (
          <li key={reaction.id}>
            <p className="reaction-meta">
              <span className="reaction-name">{reaction.name}</span>
              {reaction.email && <> · {reaction.email}</>} ·{" "}
              <time dateTime={reaction.createdAt}>{dateTime.format(new Date(reaction.createdAt))}</time>
              <br />
              bij{" "}
              {post ? <a href={postPath(post)}>{post.title}</a> : `${reaction.columnSlug} (column bestaat niet meer)`}
            </p>
            {reaction.body.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            <form method="post" action="/beheer/reacties" className="moderation-actions">
              <input type="hidden" name="id" value={reaction.id} />
              {!published && (
                <button type="submit" name="action" value="approve">
                  Goedkeuren
                </button>
              )}{" "}
              {!published && (
                <button type="submit" name="action" value="reject" className="secondary">
                  Afwijzen
                </button>
              )}{" "}
              <button type="submit" name="action" value="delete" className="secondary">
                Verwijderen
              </button>
            </form>
          </li>
        );
      })}
    </ol>
  );
}
