import type { Metadata } from "next";
import { oneClickPath } from "@/lib/newsletter/links";
import { getSubscriberByToken } from "@/lib/newsletter/subscribers";
import { existingDatabase } from "@/lib/reactions/runtime";

export const metadata: Metadata = { title: "Afmelden", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The footer link of every mail: one button that unsubscribes (a POST, so a mail scanner that opens every link
 * cannot unsubscribe anyone). No sign-in: the link's token is the proof.
 */
export default async function LeavePage({ searchParams }: Props) {
  const { token } = await searchParams;
  // A site that never had a database has no subscribers: none is made to find that out.
  const database = existingDatabase();
  const subscriber =
    typeof token === "string" && database ? await getSubscriberByToken(await database, token) : undefined;
  if (!subscriber || typeof token !== "string") {
    return (
      <>
        <h1 className="page-title">Niet (meer) aangemeld</h1>
        <p>Bij deze link hoort geen aanmelding (meer). U krijgt via deze link geen columns per e-mail.</p>
        <p>
          <a href="/">Naar alle columns</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="page-title">Afmelden</h1>
      <p>Geen nieuwe columns meer ontvangen op {subscriber.email}? Uw adres wordt dan meteen gewist.</p>
      <form method="post" action={oneClickPath(token)} className="subscribe-form">
        <button type="submit">Afmelden</button>
      </form>
    </>
  );
}
