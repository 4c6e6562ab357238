import { escapeHtml } from "../escape-html";
import { absoluteUrl, site } from "../site";
import { confirmationHours, confirmationPath } from "./links";
import { mailDocument } from "./mail-layout";
import type { OutgoingMail } from "./column-mail";

/** Returns the mail that asks the owner of `address` to confirm: one link, valid for 48 hours. */
export function confirmationMail(secret: string, address: string, now = Date.now()): OutgoingMail {
  const link = absoluteUrl(confirmationPath(secret, address, now));
  const subject = `Bevestig uw aanmelding bij ${site.name}`;
  const intro = `Iemand, waarschijnlijk u, wil nieuwe columns van ${site.name} per e-mail ontvangen op ${address}.`;
  const ignore = "Was u dit niet? Dan hoeft u niets te doen: zonder bevestiging krijgt u geen mail van ons.";
  const body = `<h1>Bevestig uw aanmelding</h1>
<p>${escapeHtml(intro)}</p>
<p><a class="button" href="${escapeHtml(link)}">Ja, stuur mij nieuwe columns</a></p>
<p class="meta">Werkt de knop niet? Open dan deze link: <a class="long-link" href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`;
  const footer = `De link werkt ${confirmationHours} uur. ${escapeHtml(ignore)}`;
  const text = `${intro}\n\nBevestig met deze link (hij werkt ${confirmationHours} uur):\n${link}\n\n${ignore}\n`;
  return { subject, html: mailDocument(subject, body, footer), text, headers: { "Auto-Submitted": "auto-generated" } };
}
