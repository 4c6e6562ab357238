import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { postPath } from "@/lib/paths";
import { sessionCookie } from "@/lib/reactions/auth";
import { getReactionsConfig } from "@/lib/reactions/config";
import { isSignedIn, parseAction } from "@/lib/reactions/moderation";
import { getDatabase } from "@/lib/reactions/runtime";
import { moderateReaction } from "@/lib/reactions/store";
import { refuseCrossOrigin, see } from "@/lib/reactions/responses";

/** Approves, rejects or deletes a reaction, and has its column regenerated on its next visit (no rebuild). */
export async function POST(request: Request) {
  const refusal = refuseCrossOrigin(request);
  if (refusal) return refusal;
  if (!isSignedIn(getReactionsConfig(), (await cookies()).get(sessionCookie)?.value)) return see("/beheer");
  const form = await request.formData();
  const action = parseAction(form.get("action"));
  const id = form.get("id");
  if (!action || typeof id !== "string") return see("/beheer?fout=actie");
  const slug = await moderateReaction(await getDatabase(), id, action);
  if (slug) revalidatePath(postPath({ slug }));
  return see(`/beheer?gedaan=${slug ? action : "niets"}`);
}
