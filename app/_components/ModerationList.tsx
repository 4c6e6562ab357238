import type { Reaction } from "@/lib/reactions/store";

/** A reaction for the editor, with the column it stands under (undefined when that column is gone). */
export type ModerationItem = { reaction: Reaction; column: { title: string; path: string } | undefined };

type Props = { items: ModerationItem[]; published?: boolean; senderLinks?: boolean };

const dateTime = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Amsterdam",
});

/**
 * Reactions for the editor, each with its column and buttons that say what they do: publish, hide (reject), delete
 * for good, and a link to remove everything its sender sent (which asks first).
 */
export function ModerationList({ items, published = false, senderLinks = true }: Props) {
  return (
    <ol className="moderation">
      {items.map(({ reaction, column }) => (
        <li key={reaction.id}>
          <p className="moderation-meta">
            <span className="reaction-name">{reaction.name}</span>
            {reaction.email && <> · {reaction.email}</>} ·{" "}
            <time dateTime={reaction.createdAt}>{dateTime.format(new Date(reaction.createdAt))}</time>
            <br />
            bij{" "}
            {column ? <a href={column.path}>{column.title}</a> : `${reaction.columnSlug} (column bestaat niet meer)`}
          </p>
          {reaction.body.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          <form method="post" action="/beheer/reacties" className="moderation-actions">
            <input type="hidden" name="id" value={reaction.id} />
            {!published && (
              <button type="submit" name="action" value="approve" className="approve">
                Goedkeuren en publiceren
              </button>
            )}
            {!published && (
              <button type="submit" name="action" value="reject" className="reject">
                Afwijzen (niet tonen)
              </button>
            )}
            <button type="submit" name="action" value="delete" className="delete">
              Verwijderen (definitief)
            </button>
          </form>
          {senderLinks && (
            <p className="moderation-sender">
              <a href={`/beheer/afzender?id=${encodeURIComponent(reaction.id)}`}>
                Alles van deze afzender verwijderen…
              </a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
