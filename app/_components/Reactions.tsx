import { serverOnly } from "@/lib/outputs/export-markers";
import type { PublicReaction } from "@/lib/reactions/store";
import { ReactionForm } from "./ReactionForm";
import { ReactionList } from "./ReactionList";

/** `form`: the column's slug and a fresh signed token while reactions are open; undefined while they are closed. */
type Props = { reactions: PublicReaction[]; form: { slug: string; token: string } | undefined };

/** The "Reacties" section under a column: the approved reactions, then the form, or a note that reacting is closed. */
export function Reactions({ reactions, form }: Props) {
  return (
    <section className="reactions" aria-labelledby="reacties">
      <h2 id="reacties">{reactions.length === 0 ? "Reacties" : `Reacties (${reactions.length})`}</h2>
      {reactions.length === 0 ? <p>Nog geen reacties.</p> : <ReactionList reactions={reactions} />}
      {form ? (
        <ReactionForm slug={form.slug} token={form.token} />
      ) : (
        <p className="field-hint" {...serverOnly}>
          Reageren is op dit moment gesloten.
        </p>
      )}
    </section>
  );
}
