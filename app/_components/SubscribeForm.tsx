import { serverOnly } from "@/lib/outputs/export-markers";
import { feeds } from "@/lib/outputs/feeds";
import { pageIds } from "@/lib/page-ids";

type Props = {
  /** False while SMTP_URL or NEWSLETTER_FROM is missing: then only the feeds are offered. */
  open: boolean;
  /** The address typed before, shown again with `error` after a refusal. */
  address?: string;
  error?: string;
  /** The heading's level: 2 under a column, none on /volgen, whose title says it already. */
  heading?: boolean;
};

/**
 * "Volg de columns": a plain HTML form to follow by e-mail, and the feeds. `data-server-only`: the static export
 * removes the form, as it does the reaction form, and keeps the feeds. The field named "website" is a honeypot.
 */
export function SubscribeForm({ open, address, error, heading = true }: Props) {
  return (
    <section className="follow" aria-labelledby={heading ? pageIds.follow : undefined}>
      {heading && <h2 id={pageIds.follow}>Volg de columns</h2>}
      {open && (
        <form className="subscribe-form" method="post" action="/volgen/aanmelden" {...serverOnly}>
          <p>
            <label htmlFor={pageIds.followEmail}>Ontvang nieuwe columns per e-mail</label>
            <span className="subscribe-row">
              <input
                id={pageIds.followEmail}
                name="email"
                type="email"
                required
                maxLength={254}
                autoComplete="email"
                defaultValue={address}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? "volgen-fout" : undefined}
              />
              <button type="submit">Aanmelden</button>
            </span>
          </p>
          {error && (
            <p id="volgen-fout" className="form-error" role="alert">
              {error}
            </p>
          )}
          <p className="subscribe-trap">
            <label htmlFor="volgen-website">Laat dit veld leeg</label>
            <input id="volgen-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </p>
          <p className="field-hint">
            U krijgt eerst een mail om te bevestigen. Daarna elke nieuwe column, in zijn geheel. Afmelden kan met één
            klik onder elke mail. Geen reclame, geen tracking.
          </p>
        </form>
      )}
      <p className="field-hint">
        Met een feedlezer: <a href={feeds.rss.path}>RSS</a>, <a href={feeds.atom.path}>Atom</a> of{" "}
        <a href={feeds.json.path}>JSON Feed</a>.
      </p>
    </section>
  );
}
