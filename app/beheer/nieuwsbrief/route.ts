import { cookies } from "next/headers";
import { getAllPosts } from "@/lib/content/lookups";
import { checkMailAddress } from "@/lib/newsletter/address";
import { getNewsletterConfig } from "@/lib/newsletter/config";
import { getMailer } from "@/lib/newsletter/mailer";
import { sendTestMail } from "@/lib/newsletter/run";
import { removeSubscriber } from "@/lib/newsletter/subscribers";
import { sessionCookie } from "@/lib/reactions/auth";
import { isEditor } from "@/lib/reactions/editor";
import { readFormBody } from "@/lib/reactions/form-body";
import { refuseCrossOrigin, see } from "@/lib/reactions/responses";
import { getDatabase } from "@/lib/reactions/runtime";

/** The editor removes an address, or sends the newest column to one address as a test; 303 back to /beheer. */
export async function POST(request: Request) {
  const refusal = refuseCrossOrigin(request);
  if (refusal) return refusal;
  if (!(await isEditor((await cookies()).get(sessionCookie)?.value))) return see("/beheer");
  const body = await readFormBody(request);
  if (!body.ok) return see("/beheer?nieuwsbrief=fout#nieuwsbrief");
  const form = body.form;
  const address = checkMailAddress(form.email);
  if (!address.ok) return see("/beheer?nieuwsbrief=adres#nieuwsbrief");
  const db = await getDatabase();
  if (form.action === "remove") {
    const removed = await removeSubscriber(db, address.address);
    return see(`/beheer?nieuwsbrief=${removed ? "verwijderd" : "onbekend"}#nieuwsbrief`);
  }
  const config = getNewsletterConfig();
  const newest = getAllPosts()[0];
  if (form.action !== "test" || !config || !newest) return see("/beheer?nieuwsbrief=fout#nieuwsbrief");
  try {
    await sendTestMail(db, getMailer(config), config, newest, address.address);
  } catch (error) {
    console.error(`newsletter: the test mail could not be sent through SMTP_URL: ${String(error)}`);
    return see("/beheer?nieuwsbrief=fout#nieuwsbrief");
  }
  return see("/beheer?nieuwsbrief=proef#nieuwsbrief");
}
