import { formatDutchDate, todayInAmsterdam } from "@/lib/dates";
import type { NewsletterOverview } from "@/lib/newsletter/overview";

type Props = {
  overview: NewsletterOverview;
  /** The title of each column in the last sends, by slug (a column no longer published shows its slug). */
  columnTitles: Record<string, string>;
  notice?: string;
};

/** The newsletter in /beheer: subscribers, the last sends, removing an address, and a test mail to one address. */
export function NewsletterAdmin({ overview, columnTitles, notice }: Props) {
  const { open, confirmed, bouncing, sends } = overview;
  return (
    <section aria-labelledby="nieuwsbrief">
      <h2 id="nieuwsbrief">Nieuwsbrief</h2>
      {notice && <p role="status">{notice}</p>}
      <p>
        {confirmed} bevestigde {confirmed === 1 ? "abonnee" : "abonnees"}
        {bouncing > 0 && `, ${bouncing} ${bouncing === 1 ? "adres" : "adressen"} dat mail weigert`}.
        {!open && " De nieuwsbrief is gesloten: SMTP_URL of NEWSLETTER_FROM ontbreekt."}
      </p>
      {sends.length === 0 ? (
        <p>Nog geen column verstuurd.</p>
      ) : (
        <table className="sends">
          <caption>Laatste verzendingen</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Verstuurd</th>
              <th scope="col">Mislukt</th>
              <th scope="col">Geweigerd</th>
              <th scope="col">Wacht</th>
            </tr>
          </thead>
          <tbody>
            {sends.map((send) => (
              <tr key={send.columnSlug}>
                <th scope="row">
                  {columnTitles[send.columnSlug] ?? send.columnSlug}{" "}
                  <span className="field-hint">{formatDutchDate(todayInAmsterdam(new Date(send.queuedAt)))}</span>
                </th>
                <td>{send.sent}</td>
                <td>{send.failed}</td>
                <td>{send.bouncing}</td>
                <td>{send.waiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action="/beheer/nieuwsbrief" className="admin-form">
        <p>
          <label htmlFor="nieuwsbrief-adres">E-mailadres</label>
          <input id="nieuwsbrief-adres" name="email" type="email" required autoComplete="off" />
        </p>
        <p className="admin-actions">
          <button
            type="submit"
            name="action"
            value="test"
            disabled={!open}
            aria-describedby={open ? undefined : "proef-gesloten"}
          >
            Stuur de nieuwste column als proef
          </button>{" "}
          <button type="submit" name="action" value="remove" className="delete">
            Verwijder dit adres
          </button>
        </p>
        {!open && (
          <p id="proef-gesloten" className="field-hint">
            Een proefmail kan pas als de nieuwsbrief open is.
          </p>
        )}
      </form>
    </section>
  );
}

/** What /beheer says after a newsletter action, by the `nieuwsbrief` query value its route sends back. */
export const newsletterNotices: Record<string, string> = {
  proef: "De proefmail is verstuurd: precies zoals abonnees hem krijgen.",
  verwijderd: "Het adres is verwijderd, met alles wat voor dat adres klaarstond.",
  onbekend: "Dat adres staat niet op de lijst.",
  adres: "Dat e-mailadres klopt niet.",
  fout: "De proefmail kon niet worden verstuurd: kijk in het log van de server wat de mailserver antwoordde.",
};
