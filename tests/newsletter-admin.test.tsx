// The newsletter's part of /beheer: the test-mail button is switched off, and says why, while the newsletter is
// closed; removing an address is a delete button.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NewsletterAdmin } from "@/app/_components/NewsletterAdmin";

const overview = { confirmed: 2, bouncing: 0, sends: [] };

describe("NewsletterAdmin", () => {
  it("switches the test mail off while the newsletter is closed, with the reason beside it", () => {
    const html = renderToStaticMarkup(<NewsletterAdmin overview={{ ...overview, open: false }} />);
    expect(html).toMatch(/<button[^>]*value="test"[^>]*disabled=""[^>]*aria-describedby="proef-gesloten"/);
    expect(html).toContain(
      '<p id="proef-gesloten" class="field-hint">Een proefmail kan pas als de nieuwsbrief open is.</p>',
    );
    expect(html).toMatch(/<button[^>]*value="remove" class="delete"[^>]*>Verwijder dit adres<\/button>/);
  });

  it("offers the test mail when the newsletter is open", () => {
    const html = renderToStaticMarkup(<NewsletterAdmin overview={{ ...overview, open: true }} />);
    expect(html).not.toContain("disabled");
    expect(html).not.toContain("proef-gesloten");
  });
});
