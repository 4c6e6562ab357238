// The newsletter's part of /beheer: the number of subscribers, the last sends by column title, removing an address
// (a delete button), and the test-mail button, switched off with the reason while the newsletter is closed.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NewsletterAdmin } from "@/app/_components/NewsletterAdmin";

const overview = { confirmed: 2, bouncing: 0, sends: [] };
const send = {
  columnSlug: "ik-doe-wat-ik-doe",
  queuedAt: "2026-11-20T10:00:00.000Z",
  finishedAt: null,
  sent: 40,
  failed: 1,
};

describe("NewsletterAdmin", () => {
  it("switches the test mail off while the newsletter is closed, with the reason beside it", () => {
    const html = renderToStaticMarkup(<NewsletterAdmin overview={{ ...overview, open: false }} columnTitles={{}} />);
    expect(html).toMatch(/<button[^>]*value="test"[^>]*disabled=""[^>]*aria-describedby="proef-gesloten"/);
    expect(html).toContain(
      '<p id="proef-gesloten" class="field-hint">Een proefmail kan pas als de nieuwsbrief open is.</p>',
    );
    expect(html).toMatch(/<button[^>]*value="remove" class="delete"[^>]*>Verwijder dit adres<\/button>/);
  });

  it("counts the subscribers and shows each send under its column's title, or its slug once unpublished", () => {
    const sends = [
      { ...send, bouncing: 2, waiting: 3 },
      { ...send, columnSlug: "weg", bouncing: 0, waiting: 0 },
    ];
    const html = renderToStaticMarkup(
      <NewsletterAdmin
        overview={{ open: true, confirmed: 1, bouncing: 2, sends }}
        columnTitles={{ "ik-doe-wat-ik-doe": "Ik doe wat ik doe" }}
      />,
    );
    expect(html).toContain("1 bevestigde abonnee, 2 adressen dat mail weigert.");
    const rows = [...html.matchAll(/<tr><th scope="row">(.*?)<\/tr>/g)].map(([row]) => row.replace(/<[^>]+>/g, "|"));
    expect(rows[0]).toMatch(/^\|+Ik doe wat ik doe \|20 november 2026\|+40\|+1\|+2\|+3\|+$/);
    expect(rows[1]).toMatch(/^\|+weg /);
  });

  it("offers the test mail when the newsletter is open", () => {
    const html = renderToStaticMarkup(<NewsletterAdmin overview={{ ...overview, open: true }} columnTitles={{}} />);
    expect(html).not.toContain("disabled");
    expect(html).not.toContain("proef-gesloten");
  });
});
