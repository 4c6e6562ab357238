// Screenshots are for a person to look at, not assertions: written to tests/artifacts/screenshots/ (git-ignored) when
// SCREENSHOTS=1 is set, as in `SCREENSHOTS=1 npm run test:e2e`. `npm test` leaves them out: in CI nobody looks, and
// the full-page shots were a fifth of the gate's time against out/.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

const folder = path.resolve("tests/artifacts/screenshots");

/** Saves the whole page as `name` (`.jpg` for a JPEG, else a PNG), when SCREENSHOTS=1. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== "1") return;
  fs.mkdirSync(folder, { recursive: true });
  const jpeg = name.endsWith(".jpg");
  await page.screenshot({ path: path.join(folder, name), fullPage: true, ...(jpeg && { quality: 85 }) });
}
