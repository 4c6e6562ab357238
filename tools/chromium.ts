// The system's Chromium, for the browser tests, npm run lighthouse and the benchmark.
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

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

/** Returns a headless Chromium that stays off the network; Playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
}
