import { formatDutchDate, todayInAmsterdam } from "@/lib/dates";
import type { PublicReaction } from "@/lib/reactions/store";

type Props = { reactions: PublicReaction[] };

/** Approved reactions, oldest first. A reader's text is only ever text: paragraphs and line breaks, no links or markup. */
export function ReactionList({ reactions }: Props) {
  return (
    <ol className="reaction-list">
      {reactions.map((reaction) => (
        <li key={reaction.id} id={`reactie-${reaction.id}`}>
          <p className="reaction-meta">
            <span className="reaction-name">{reaction.name}</span>{" "}
            <time dateTime={reaction.createdAt}>{formatDutchDate(todayInAmsterdam(new Date(reaction.createdAt)))}</time>
          </p>
          {reaction.body.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>
              {paragraph.split("\n").map((line, lineIndex) => (
                <span key={lineIndex}>
                  {lineIndex > 0 && <br />}
                  {line}
                </span>
              ))}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
