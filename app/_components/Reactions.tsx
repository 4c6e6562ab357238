import { serverOnly } from "@/lib/outputs/export-markers";
import { getReactionsConfig } from "@/lib/reactions/config";
import { makeFormToken } from "@/lib/reactions/limits";
import type { PublicReaction } from "@/lib/reactions/store";
import { ReactionForm } from "./ReactionForm";
import { ReactionList } from "./ReactionList";

type Props = { slug: string; reactions: PublicReaction[] };

/** The "Reacties" section under a column: the approved reactions, then the form, or a note that reacting is closed. */
export function Reactions({ slug, reactions }: Props) {
  const config = getReactionsConfig();
  return (
    <section className="reactions" aria-labelledby="reacties">
      <h2 id="reacties">{reactions.length === 0 ? "Reacties" : `Reacties (${reactions.length})`}</h2>
      {reactions.length === 0 ? <p>Nog geen reacties.</p> : <ReactionList reactions={reactions} />}
      {config ? (
        <ReactionForm slug={slug} token={makeFormToken(config.secret, slug)} />
      ) : (
        <p className="field-hint" {...serverOnly}>
          Reageren is op dit moment gesloten.
        </p>
      )}
    </section>
  );
}
