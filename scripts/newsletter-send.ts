// npm run newsletter:send: mails every published column not sent yet to every confirmed subscriber (the first run
// records the columns already out as the archive). `-- --test adres@example.nl [--column slug]` sends one column
// (the newest by default) to one address, exactly as subscribers get it, and records nothing.
import { getAllPosts, getPostBySlug } from "../lib/content/lookups";
import { checkMailAddress } from "../lib/newsletter/address";
import { getNewsletterConfig, missingNewsletterVariables } from "../lib/newsletter/config";
import { runNewsletter, sendTestMail } from "../lib/newsletter/run";
import { openMailer } from "../lib/newsletter/transport";
import { openDatabase } from "../lib/reactions/database";
import { loadProjectEnv } from "../lib/reactions/environment";
import { migrate } from "../lib/reactions/migrations";

loadProjectEnv(); // SMTP_URL and the rest may live in .env.local, as for Next itself.

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const config = getNewsletterConfig();
if (!config) {
  console.error(`The newsletter is closed: set ${missingNewsletterVariables().join(", ")} (see docs/reactions.md).`);
  process.exit(1);
}
const test = args.includes("--test") ? checkMailAddress(option("--test")) : undefined;
if (test && !test.ok) {
  console.error(`--test: ${test.message}`);
  process.exit(1);
}
const slug = option("--column");
const post = slug ? getPostBySlug(slug) : getAllPosts()[0];
if (!post) {
  console.error(slug ? `--column: no published column is called "${slug}"` : "There is no published column yet.");
  process.exit(1);
}

const db = await openDatabase();
const mailer = openMailer(config);
try {
  await migrate(db);
  if (test?.ok) {
    await sendTestMail(db, mailer, config, post, test.address);
    console.log(`"${post.title}" sent to ${test.address} as a test.`);
  } else {
    const report = await runNewsletter(db, mailer, config, getAllPosts());
    if (report.archived) console.log(`First run: ${report.archived} columns recorded as already published.`);
    for (const queued of report.queued) console.log(`Queued: ${queued}.`);
    console.log(
      `Sent ${report.sent}, to retry later ${report.retried}, failed ${report.failed}, bouncing ${report.bounced}.`,
    );
  }
} finally {
  mailer.close();
  await db.close();
}
