import { getClientAddress } from "@/lib/client-address";
import { getNewsletterConfig } from "@/lib/newsletter/config";
import { getMailer, sendOne } from "@/lib/newsletter/mailer";
import { subscribe } from "@/lib/newsletter/subscribe";
import { readFormBody } from "@/lib/reactions/form-body";
import { plainPage } from "@/lib/reactions/plain-page";
import { answer, refuseBody, refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";
import { takeAttempt } from "@/lib/reactions/submit";

const back = { href: "/volgen", label: "Terug naar het aanmeldformulier" };

/**
 * A reader asks to follow by e-mail: 303 to a Dutch page saying what happens next, or a Dutch page with a status
 * of its own. The same client address, limit and body bound as the reaction form, before a byte is read.
 */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request, back);
  if (crossOrigin) return crossOrigin;
  const config = getNewsletterConfig();
  if (!config) return see("/volgen");
  const wait = takeAttempt(config.secret, getClientAddress(request.headers));
  if (wait !== undefined) {
    const message = "U hebt kort na elkaar veel formulieren verstuurd. Probeer het later nog eens.";
    return answer(429, plainPage("Even geduld", message, back), { "Retry-After": String(wait) });
  }
  const body = await readFormBody(request);
  if (!body.ok) return refuseBody(body.status, back);
  const mailer = getMailer(config);
  const outcome = await subscribe(await getDatabase(), {
    form: body.form,
    config,
    send: (to, mail) => sendOne(mailer, config.from, to, mail),
  });
  if (outcome.kind === "refused") return see(`/volgen/geweigerd?${new URLSearchParams({ adres: outcome.address })}`);
  // The confirmation mail goes on after the answer (server.ts is a process that keeps running); it logs a failure.
  void outcome.mailed;
  return see("/volgen/ontvangen");
}
