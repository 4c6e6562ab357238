import { chromium, type Browser } from "playwright-core";
import { chromiumFlags, findChromium } from "../../scripts/chromium";

/** Returns a headless Chromium that stays off the network; Playwright gives each launch a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumFlags });
}
