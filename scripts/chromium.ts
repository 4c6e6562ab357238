// The system's Chromium, for the browser tests and npm run lighthouse.
import fs from "node:fs";

/** Flags for headless runs on a machine without network: no first-run, sync, update or background traffic. */
export const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Returns the Chromium to drive: `CHROME_PATH`, else Debian's; throws a one-line instruction when there is none. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate));
  if (!found) {
    throw new Error(
      "No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH to its executable.",
    );
  }
  return found;
}
