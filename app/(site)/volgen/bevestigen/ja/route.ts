import { getNewsletterConfig } from "@/lib/newsletter/config";
import { readFormBody } from "@/lib/reactions/form-body";
import { checkConfirmation } from "@/lib/newsletter/links";
import { recordArchive } from "@/lib/newsletter/outbox";
import { confirmSubscriber } from "@/lib/newsletter/subscribers";
import { getAllPosts } from "@/lib/content/lookups";
import { refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";

/** The button on the confirmation page: the address becomes a subscriber, 303 to the welcome page. */
export async function POST(request: Request) {
  const refusal = refuseCrossOrigin(request, { href: "/volgen", label: "Naar het aanmeldformulier" });
  if (refusal) return refusal;
  const config = getNewsletterConfig();
  const read = await readFormBody(request);
  if (!config || !read.ok) return see("/volgen/bevestigen");
  const check = checkConfirmation(config.secret, read.form);
  if (check.kind !== "ok") return see(`/volgen/bevestigen?${new URLSearchParams(read.form)}`);
  const db = await getDatabase();
  await confirmSubscriber(db, check.address);
  // Subscriptions start with the first subscriber: the columns published now are the archive, mailed to nobody.
  await recordArchive(
    db,
    getAllPosts().map((post) => post.slug),
  );
  return see("/volgen/welkom");
}
