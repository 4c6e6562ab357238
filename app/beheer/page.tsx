import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { ModerationList } from "@/app/_components/ModerationList";
import { NewsletterAdmin, newsletterNotices } from "@/app/_components/NewsletterAdmin";
import { getPostBySlug } from "@/lib/content/lookups";
import { getNewsletterConfig } from "@/lib/newsletter/config";
import { getNewsletterOverview } from "@/lib/newsletter/overview";
import { QueuePages } from "@/app/_components/QueuePages";
import { ReactionsSetup } from "@/app/_components/ReactionsSetup";
import { SignInForm } from "@/app/_components/SignInForm";
import { sessionCookie } from "@/lib/reactions/auth";
import { checkReactionsConfig } from "@/lib/reactions/config";
import { isEditor } from "@/lib/reactions/editor";
import { getModerationQueue, parsePage } from "@/lib/reactions/moderation-page";
import { getDatabase } from "@/lib/reactions/runtime";

export const metadata: Metadata = { title: "Reacties beheren", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const done: Record<string, string> = {
  approve: "De reactie is goedgekeurd. De column toont haar binnen enkele seconden.",
  reject: "De reactie is afgewezen.",
  delete: "De reactie is verwijderd.",
  afzender: "Alle reacties van die afzender zijn verwijderd.",
  niets: "Die reactie bestaat niet (meer).",
};

export default async function Moderation({ searchParams }: Props) {
  const { fout, gedaan, pagina, nieuwsbrief } = await searchParams;
  const { problems } = checkReactionsConfig();
  if (problems.length > 0)
    return (
      <Frame>
        <ReactionsSetup problems={problems} />
      </Frame>
    );
  if (!(await isEditor((await cookies()).get(sessionCookie)?.value))) {
    return (
      <Frame>
        <SignInForm wrongPassword={fout === "wachtwoord"} />
      </Frame>
    );
  }
  const page = parsePage(pagina);
  const queue = await getModerationQueue(await getDatabase(), page);
  const overview = await getNewsletterOverview(await getDatabase(), Boolean(getNewsletterConfig()));
  return (
    <Frame signedIn>
      {typeof gedaan === "string" && done[gedaan] && <p role="status">{done[gedaan]}</p>}
      <section aria-labelledby="wachtend">
        <h2 id="wachtend">Wachten op goedkeuring ({queue.pendingCount})</h2>
        {queue.pendingCount === 0 ? <p>Er wachten geen reacties.</p> : <ModerationList items={queue.pending} />}
        <QueuePages page={Math.min(page, queue.pages)} pages={queue.pages} />
      </section>
      <section aria-labelledby="gepubliceerd">
        <h2 id="gepubliceerd">Gepubliceerd (nieuwste {queue.published.length})</h2>
        {queue.published.length === 0 ? (
          <p>Nog geen gepubliceerde reacties.</p>
        ) : (
          <ModerationList items={queue.published} published />
        )}
      </section>
      <NewsletterAdmin
        overview={overview}
        columnTitles={Object.fromEntries(
          overview.sends.flatMap(({ columnSlug }) => {
            const post = getPostBySlug(columnSlug);
            return post ? [[columnSlug, post.title]] : [];
          }),
        )}
        notice={newsletterNotices[String(nieuwsbrief)]}
      />
    </Frame>
  );
}

function Frame({ children, signedIn = false }: { children: ReactNode; signedIn?: boolean }) {
  return (
    <>
      <header className="admin-bar">
        <h1>Reacties beheren</h1>
        {signedIn && (
          <nav aria-label="Beheer">
            <a href="/beheer/export" download>
              Reacties downloaden
            </a>
            <a href="/beheer/export?van=nieuwsbrief" download>
              Abonnees downloaden
            </a>
            <form method="post" action="/beheer/afmelden">
              <button type="submit">Afmelden</button>
            </form>
          </nav>
        )}
      </header>
      {children}
    </>
  );
}
