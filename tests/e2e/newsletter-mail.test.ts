// Looks at the mail: the HTML part of a column's mail and of the confirmation mail in Chromium at phone and desktop
// widths, light and dark (screenshots with SCREENSHOTS=1, tests/e2e/screenshots.ts), and checks that nothing is
// wider than the window and that text keeps its contrast against the background in both schemes.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { isPublished } from "@/lib/content/posts";
import { readContent } from "@/lib/content/read";
import { columnMail } from "@/lib/newsletter/column-mail";
import { confirmationMail } from "@/lib/newsletter/confirmation-mail";
import { launchBrowser } from "./browser";
import { saveScreenshot } from "./screenshots";

const content = path.resolve("tests/fixtures/site");
const photo = path.resolve("tests/fixtures/public/images/haven.jpg");
const post = readContent(content)
  .posts.filter(isPublished)
  .find((p) => p.cover)!;
const mails = {
  column: columnMail(post)("voorbeeld-token"),
  confirmation: confirmationMail("Zq8LwX1vR4tN7bY2kP9sHc3mJ6dF0gTa", "lezer@example.nl"),
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The mail does not depend on the output: looked at once, in the export's run.
describe.runIf(inject("target") === "static")("the mail in a browser", () => {
  for (const [name, mail] of Object.entries(mails)) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ["light", "dark"] as const) {
        it(`shows the ${name} mail at ${width} px, ${colorScheme}, within the width and readable`, async () => {
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
          // The images live on the site, which is not running here: every image is the fixture photo, nothing else loads.
          await page.route("**/*", (route) =>
            /\.(jpe?g|png|webp|avif)$/.test(route.request().url())
              ? route.fulfill({ path: photo, contentType: "image/jpeg" })
              : route.abort(),
          );
          await page.setContent(mail.html);
          await saveScreenshot(page, `mail-${name}-${width}-${colorScheme}.png`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(0);
          const colors = await page.evaluate(() => {
            const style = getComputedStyle(document.querySelector(".mail")!);
            return { text: style.color, background: style.backgroundColor };
          });
          const dark = colorScheme === "dark";
          expect(colors).toEqual(
            dark
              ? { text: "rgb(236, 231, 223)", background: "rgb(24, 23, 21)" }
              : { text: "rgb(31, 29, 26)", background: "rgba(0, 0, 0, 0)" },
          );
          const button = await page.evaluate(() => {
            const link = document.querySelector("a.button");
            return link && [getComputedStyle(link).color, getComputedStyle(link).backgroundColor];
          });
          if (name === "confirmation") {
            // The button's text must differ from its background in both schemes (a dark-mode rule once hid it).
            expect(button).toEqual(
              dark ? ["rgb(24, 23, 21)", "rgb(240, 168, 117)"] : ["rgb(255, 255, 255)", "rgb(138, 59, 18)"],
            );
          }
          await page.close();
        });
      }
    }
  }
});
