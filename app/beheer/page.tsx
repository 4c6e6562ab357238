import type { Metadata } from "next";
import { cookies } from "next/headers";
import { ModerationList } from "@/app/_components/ModerationList";
import { NewsletterAdmin, newsletterNotices } from "@/app/_components/NewsletterAdmin";
import { getNewsletterConfig } from "@/lib/newsletter/config";
import { getNewsletterOverview } from "@/lib/newsletter/overview";
import { ReactionsSetup } from "@/app/_components/ReactionsSetup";
import { sessionCookie } from "@/lib/reactions/auth";
import { getReactionsConfig } from "@/lib/reactions/config";
import { isSignedIn } from "@/lib/reactions/moderation";
import { getDatabase } from "@/lib/reactions/runtime";
import { getReactionsByStatus } from "@/lib/reactions/store";

export const metadata: Metadata = { title: "Reacties beheren", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const done: Record<string, string> = {
  approve: "De reactie is goedgekeurd. De column toont haar bij het volgende bezoek.",
  reject: "De reactie is afgewezen.",
  delete: "De reactie is verwijderd.",
  niets: "Die reactie bestaat niet (meer).",
};

export default async function Moderation({ searchParams }: Props) {
  const config = getReactionsConfig();
  const { fout, gedaan, nieuwsbrief } = await searchParams;
  if (!config) {
    return (
      <>
        <h1 className="page-title">Reacties beheren</h1>
        <ReactionsSetup />
      </>
    );
  }
  if (!isSignedIn(config, (await cookies()).get(sessionCookie)?.value)) {
    return (
      <>
        <h1 className="page-title">Reacties beheren</h1>
        {fout === "wachtwoord" && <p role="alert">Dat wachtwoord klopt niet.</p>}
        <form method="post" action="/beheer/aanmelden" className="admin-form">
          <p>
            <label htmlFor="wachtwoord">Wachtwoord</label>
            <input id="wachtwoord" name="password" type="password" required autoComplete="current-password" />
          </p>
          <p>
            <button type="submit">Aanmelden</button>
          </p>
        </form>
      </>
    );
  }
  const db = await getDatabase();
  const [pending, published] = await Promise.all([
    getReactionsByStatus(db, "pending"),
    getReactionsByStatus(db, "approved", 50),
  ]);
  return (
    <>
      <h1 className="page-title">Reacties beheren</h1>
      {typeof gedaan === "string" && done[gedaan] && <p role="status">{done[gedaan]}</p>}
      <section aria-labelledby="wachtend">
        <h2 id="wachtend">Wachten op goedkeuring ({pending.length})</h2>
        {pending.length === 0 ? <p>Er wachten geen reacties.</p> : <ModerationList reactions={pending} />}
      </section>
      <section aria-labelledby="gepubliceerd">
        <h2 id="gepubliceerd">Gepubliceerd (nieuwste {published.length})</h2>
        {published.length === 0 ? (
          <p>Nog geen gepubliceerde reacties.</p>
        ) : (
          <ModerationList reactions={published} published />
        )}
      </section>
      <NewsletterAdmin
        overview={await getNewsletterOverview(db, Boolean(getNewsletterConfig()))}
        notice={newsletterNotices[String(nieuwsbrief)]}
      />
      <form method="post" action="/beheer/afmelden" className="admin-form">
        <button type="submit">Afmelden</button>
      </form>
    </>
  );
}
