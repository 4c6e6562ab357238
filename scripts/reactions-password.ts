// npm run reactions:password: vraagt twee keer het wachtwoord voor /beheer en print de regels voor de omgeving.
import crypto from "node:crypto";
import { hashPassword } from "../lib/reactions/auth";
import { getReactionsConfig, passwordHashVariable, secretProblems, secretVariable } from "../lib/reactions/config";
import { loadProjectEnv } from "../lib/reactions/environment";
import { readLines } from "./reactions-prompt";

loadProjectEnv(); // REACTIONS_SECRET may live in .env.local already: then it is kept, unless it is weak.

const minimumLength = 12;
const lines = readLines();
const password = await lines.next("Wachtwoord voor /beheer (minstens 12 tekens): ");
if (password.length < minimumLength) {
  console.error(`Het wachtwoord is ${password.length} tekens; minstens ${minimumLength}. Er is niets gemaakt.`);
  process.exit(1);
}
const again = await lines.next("Typ het wachtwoord nog een keer: ");
lines.close();
if (again !== password) {
  console.error("De twee wachtwoorden verschillen. Er is niets gemaakt; probeer het opnieuw.");
  process.exit(1);
}
console.log(`${passwordHashVariable}=${hashPassword(password)}`);
const current = process.env[secretVariable]?.trim() ?? "";
if (!current || secretProblems(secretVariable, current).length > 0) {
  console.log(`${secretVariable}=${crypto.randomBytes(32).toString("base64url")}`);
  if (current) console.error(`Het oude ${secretVariable} was te zwak; zet ook de nieuwe regel hierboven.`);
}
console.error(
  getReactionsConfig() === undefined
    ? "Zet deze regels in .env.local (of in de omgeving van de server) en start de server opnieuw."
    : "Vervang de oude regel(s) in .env.local (of in de omgeving van de server) en start de server opnieuw.",
);
