import { cookies } from "next/headers";
import { exportNewsletter } from "@/lib/newsletter/backup";
import { sessionCookie } from "@/lib/reactions/auth";
import { exportReactions } from "@/lib/reactions/backup";
import { isEditor } from "@/lib/reactions/editor";
import { see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";
import { isServerToken } from "@/lib/reactions/server-handle";

/**
 * A backup while the site runs: every reaction as the export file of `npm run reactions:export` (or, with
 * `?van=nieuwsbrief`, every subscriber as `npm run newsletter:export` writes them), for the signed-in editor (a
 * download) or for that command itself (with the token the running server left in its data folder).
 */
export async function GET(request: Request) {
  const allowed =
    isServerToken(request.headers.get("authorization")) ||
    (await isEditor((await cookies()).get(sessionCookie)?.value));
  if (!allowed) return see("/beheer");
  const newsletter = new URL(request.url).searchParams.get("van") === "nieuwsbrief";
  const db = await getDatabase();
  const file = newsletter ? await exportNewsletter(db) : await exportReactions(db);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${newsletter ? "nieuwsbrief" : "reacties"}-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
