// npm run reactions:password: asks for the editor's password and prints the two lines to put in the environment.
import crypto from "node:crypto";
import readline from "node:readline";
import { hashPassword } from "../lib/reactions/auth";
import { minimumSecretLength, passwordHashVariable, secretVariable } from "../lib/reactions/config";
import { loadProjectEnv } from "../lib/reactions/environment";

loadProjectEnv(); // DATABASE_URL and the rest may live in .env.local, as for Next itself.

const minimumLength = 12;
const password = await readPassword("Wachtwoord voor /beheer: ");
if (password.length < minimumLength) {
  console.error(`The password must be at least ${minimumLength} characters; nothing was made.`);
  process.exit(1);
}
console.log(`${passwordHashVariable}=${hashPassword(password)}`);
if ((process.env[secretVariable]?.length ?? 0) < minimumSecretLength) {
  console.log(`${secretVariable}=${crypto.randomBytes(32).toString("base64url")}`);
}

// From a terminal the password is not echoed; from a pipe (`echo … | npm run …`) the first line is read.
async function readPassword(prompt: string): Promise<string> {
  const input = readline.createInterface({
    input: process.stdin,
    output: process.stderr,
    terminal: process.stdin.isTTY,
  });
  if (process.stdin.isTTY) {
    process.stderr.write(prompt);
    const write = process.stderr.write.bind(process.stderr);
    // Print nothing of what is typed: replace readline's echo with nothing until Enter.
    (input as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => {};
    const line = await new Promise<string>((resolve) => input.once("line", resolve));
    write("\n");
    input.close();
    return line;
  }
  for await (const line of input) {
    input.close();
    return line;
  }
  return "";
}
