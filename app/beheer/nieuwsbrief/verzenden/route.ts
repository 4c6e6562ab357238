import { checkMailAddress } from "@/lib/newsletter/address";
import { getNewsletterConfig } from "@/lib/newsletter/config";
import { carryOutSend } from "@/lib/newsletter/run";
import { getDatabase } from "@/lib/reactions/runtime";
import { answerWhenDone, isServerToken } from "@/lib/reactions/server-handle";

/**
 * `npm run newsletter:send` while this server holds the embedded database: the command sends its token, and the
 * server sends the mails (or, with `?test=adres`, the test mail) and answers with what happened, as JSON, once done.
 */
export async function POST(request: Request) {
  if (!isServerToken(request.headers.get("authorization"))) return new Response(null, { status: 403 });
  const config = getNewsletterConfig();
  if (!config) return Response.json({ error: "The newsletter is closed on the server." }, { status: 409 });
  const params = new URL(request.url).searchParams;
  const test = params.has("test") ? checkMailAddress(params.get("test") ?? "") : undefined;
  if (test && !test.ok) return Response.json({ error: `--test: ${test.message}` }, { status: 400 });
  const command = test?.ok ? { test: test.address, column: params.get("column") || undefined } : {};
  return answerWhenDone(async () => carryOutSend(await getDatabase(), config, command));
}
