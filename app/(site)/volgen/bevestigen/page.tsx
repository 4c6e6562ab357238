import type { Metadata } from "next";
import { checkConfirmation } from "@/lib/newsletter/links";
import { getNewsletterConfig } from "@/lib/newsletter/config";

export const metadata: Metadata = { title: "Aanmelding bevestigen", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The confirmation link's page: a button that confirms (a POST), so a mail scanner that opens every link in a mail
 * cannot subscribe anyone; or, for an expired or damaged link, what to do.
 */
export default async function ConfirmPage({ searchParams }: Props) {
  const params = await searchParams;
  const config = getNewsletterConfig();
  const check = config ? checkConfirmation(config.secret, params) : { kind: "ongeldig" as const };
  if (check.kind !== "ok") {
    return (
      <>
        <h1 className="page-title">Deze link werkt niet (meer)</h1>
        <p>
          {check.kind === "verlopen"
            ? "Een bevestigingslink werkt 48 uur, en deze is ouder."
            : "De link is niet volledig of klopt niet. Kopieer hem in zijn geheel uit de mail, of vraag een nieuwe aan."}
        </p>
        <p>
          <a href="/volgen">Meld u opnieuw aan</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="page-title">Aanmelding bevestigen</h1>
      <p>Nieuwe columns ontvangen op {check.address}?</p>
      <form method="post" action="/volgen/bevestigen/ja" className="subscribe-form">
        {(["adres", "tijd", "code"] as const).map((name) => (
          <input key={name} type="hidden" name={name} value={String(params[name])} />
        ))}
        <button type="submit">Ja, stuur mij nieuwe columns</button>
      </form>
    </>
  );
}
