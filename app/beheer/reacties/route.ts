import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { forgetCachedPage } from "@/lib/page-cache";
import { postPath } from "@/lib/paths";
import { sessionCookie } from "@/lib/reactions/auth";
import { isEditor } from "@/lib/reactions/editor";
import { readFormBody } from "@/lib/reactions/form-body";
import { parseAction } from "@/lib/reactions/moderation";
import { refuseBody, refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";
import { deleteReactionsFromSenderOf, moderateReaction } from "@/lib/reactions/store";

/**
 * Approves, rejects or deletes a reaction, or (confirmed on /beheer/afzender) every reaction from its sender, and
 * has the columns concerned regenerated on their next visit (no rebuild).
 */
export async function POST(request: Request) {
  const refusal = refuseCrossOrigin(request);
  if (refusal) return refusal;
  if (!(await isEditor((await cookies()).get(sessionCookie)?.value))) return see("/beheer");
  const body = await readFormBody(request, 4096);
  if (!body.ok) return refuseBody(body.status);
  const action = parseAction(body.form.action);
  const id = body.form.id;
  if (!action || !id) return see("/beheer?fout=actie");
  const db = await getDatabase();
  if (action === "delete-sender") {
    const slugs = await deleteReactionsFromSenderOf(db, id);
    for (const slug of slugs) regenerate(slug);
    return see(`/beheer?gedaan=${slugs.length > 0 ? "afzender" : "niets"}`);
  }
  const slug = await moderateReaction(db, id, action);
  if (slug) regenerate(slug);
  return see(`/beheer?gedaan=${slug ? action : "niets"}`);
}

// Next renders the column afresh on its next visit; server.ts's cache forgets the copy it kept for a few seconds.
function regenerate(slug: string): void {
  revalidatePath(postPath({ slug }));
  forgetCachedPage(postPath({ slug }));
}
