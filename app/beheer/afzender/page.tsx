import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { ModerationList } from "@/app/_components/ModerationList";
import { sessionCookie } from "@/lib/reactions/auth";
import { isEditor } from "@/lib/reactions/editor";
import { withColumns } from "@/lib/reactions/moderation-page";
import { getDatabase } from "@/lib/reactions/runtime";
import { getReactionsFromSenderOf } from "@/lib/reactions/store";

export const metadata: Metadata = { title: "Alles van één afzender verwijderen", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Asks before removing every reaction one sender sent (by the stored address fingerprint): shows them all first. */
export default async function SenderConfirmation({ searchParams }: Props) {
  if (!(await isEditor((await cookies()).get(sessionCookie)?.value))) redirect("/beheer");
  const { id } = await searchParams;
  const reactions = typeof id === "string" ? await getReactionsFromSenderOf(await getDatabase(), id) : [];
  if (typeof id !== "string" || reactions.length === 0) redirect("/beheer?gedaan=niets");
  return (
    <>
      <header className="admin-bar">
        <h1>Alles van één afzender verwijderen</h1>
      </header>
      <p>
        Deze {reactions.length === 1 ? "reactie komt" : `${reactions.length} reacties komen`} van hetzelfde adres
        (adressen bewaren we 30 dagen, onherkenbaar gemaakt). Verwijderen is definitief, ook voor gepubliceerde.
      </p>
      <form method="post" action="/beheer/reacties" className="moderation-actions">
        <input type="hidden" name="id" value={id} />
        <button type="submit" name="action" value="delete-sender" className="delete">
          Ja, {reactions.length === 1 ? "deze reactie" : `alle ${reactions.length}`} definitief verwijderen
        </button>
        <a href="/beheer" className="cancel">
          Nee, terug naar de wachtrij
        </a>
      </form>
      <ModerationList items={withColumns(reactions)} senderLinks={false} />
    </>
  );
}
