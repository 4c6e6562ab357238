import { serverOnly } from "@/lib/outputs/export-markers";
import { limits } from "@/lib/reactions/validation";

type Props = { slug: string; token: string };

/**
 * The reaction form: a plain HTML form that works without JavaScript. Marked server-only: the static export removes
 * it, because nothing there could receive it. The field named "website" is a honeypot, hidden from people.
 */
export function ReactionForm({ slug, token }: Props) {
  return (
    <form className="reaction-form" method="post" action="/reactie" {...serverOnly}>
      <h3>Geef een reactie</h3>
      <input type="hidden" name="column" value={slug} />
      <input type="hidden" name="token" value={token} />
      <p>
        <label htmlFor="reactie-naam">Naam</label>
        <input id="reactie-naam" name="name" type="text" required maxLength={limits.name} autoComplete="name" />
      </p>
      <p>
        <label htmlFor="reactie-email">
          E-mail <span className="field-hint">(niet verplicht, wordt nooit getoond)</span>
        </label>
        <input id="reactie-email" name="email" type="email" maxLength={limits.email} autoComplete="email" />
      </p>
      <p>
        <label htmlFor="reactie-tekst">
          Reactie <span className="field-hint">(hoogstens 5.000 tekens, twee links)</span>
        </label>
        <textarea id="reactie-tekst" name="body" required maxLength={limits.body} rows={7} />
      </p>
      <p className="reaction-trap">
        <label htmlFor="reactie-website">Laat dit veld leeg</label>
        <input id="reactie-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </p>
      <p className="field-hint">
        Uw reactie verschijnt na goedkeuring met uw naam en de datum. We bewaren uw e-mailadres alleen om u zo nodig
        persoonlijk te antwoorden, en uw IP-adres 30 dagen onherkenbaar gemaakt, tegen misbruik.
      </p>
      <p>
        <button type="submit">Verstuur reactie</button>
      </p>
    </form>
  );
}
