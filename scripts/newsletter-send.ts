// npm run newsletter:send: mails every published column not sent yet to every confirmed subscriber (the first run
// records the columns already out as the archive). `-- --test adres@example.nl [--column slug]` sends one column
// (the newest by default) to one address, exactly as subscribers get it, and records nothing. While the server runs
// with the embedded database, the server does the sending.
import { checkMailAddress } from "../lib/newsletter/address";
import { getNewsletterConfig, missingNewsletterVariables } from "../lib/newsletter/config";
import { carryOutSend, type SendCommand } from "../lib/newsletter/run";
import { loadProjectEnv } from "../lib/reactions/environment";
import { runOnDatabase } from "../lib/reactions/server-handle";

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
const command: SendCommand = test?.ok ? { test: test.address, column: option("--column") } : {};

const query = new URLSearchParams(command.test ? { test: command.test, column: command.column ?? "" } : {});
try {
  const outcome = await runOnDatabase({ path: `/beheer/nieuwsbrief/verzenden?${query}`, method: "POST" }, (db) =>
    carryOutSend(db, config, command),
  );
  if (outcome.kind === "test") {
    console.log(`"${outcome.title}" sent to ${outcome.address} as a test.`);
  } else {
    if (outcome.archived) console.log(`First run: ${outcome.archived} columns recorded as already published.`);
    for (const queued of outcome.queued) console.log(`Queued: ${queued}.`);
    console.log(
      `Sent ${outcome.sent}, to retry later ${outcome.retried}, failed ${outcome.failed}, bouncing ${outcome.bounced}.`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
