import { subscriberClient } from "@/lib/newsletter/client";
import { getNewsletterConfig } from "@/lib/newsletter/config";
import { readForm } from "@/lib/newsletter/form-body";
import { getMailer, sendOne } from "@/lib/newsletter/mailer";
import { subscribe } from "@/lib/newsletter/subscribe";
import { plainPage } from "@/lib/reactions/plain-page";
import { answer, refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";

const back = { href: "/volgen", label: "Terug naar Volgen per e-mail" };
const bodyRefusals = {
  400: ["Niet begrepen", "Het formulier kwam onleesbaar aan. Probeer het opnieuw vanaf de site."],
  413: ["Te groot", "Het formulier was veel groter dan een e-mailadres. Probeer het opnieuw vanaf de site."],
  415: ["Niet begrepen", "Dit adres neemt alleen het aanmeldformulier van de site aan."],
} as const;

/** A reader asks to follow by e-mail: 303 to a Dutch page saying what happens next, or 4xx with one. */
export async function POST(request: Request) {
  const crossOrigin = refuseCrossOrigin(request, back);
  if (crossOrigin) return crossOrigin;
  const config = getNewsletterConfig();
  if (!config) return see("/volgen");
  const read = await readForm(request);
  if (!read.ok) {
    const [title, message] = bodyRefusals[read.status];
    return answer(read.status, plainPage(title, message, back));
  }
  const mailer = getMailer(config);
  const outcome = await subscribe(await getDatabase(), {
    form: read.form,
    client: subscriberClient(request),
    config,
    send: (to, mail) => sendOne(mailer, config.from, to, mail),
  });
  if (outcome.kind === "limited") {
    const message = "U hebt kort na elkaar veel aanmeldingen verstuurd. Probeer het later nog eens.";
    return answer(429, plainPage("Even geduld", message, back), { "Retry-After": String(outcome.retryAfter) });
  }
  if (outcome.kind === "refused") return see(`/volgen/geweigerd?${new URLSearchParams({ adres: outcome.address })}`);
  if (outcome.kind === "unsent") return see("/volgen/geweigerd?reden=mail");
  return see("/volgen/ontvangen");
}
