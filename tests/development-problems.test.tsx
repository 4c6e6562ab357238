// `npm run dev` shows a content mistake in the browser, in place of the page, as npm run check prints it; fixing the
// file brings the page back on the next request.
import fs from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { siteWith } from "./helpers";

// Set before the site's modules load: they read their configuration once.
const dir = siteWith("unknown-author.md");
vi.stubEnv("NODE_ENV", "development");
vi.stubEnv("CONTENT_DIR", dir);
vi.stubEnv("CACHE_DIR", path.join(dir, "cache"));

const { default: SiteLayout } = await import("@/app/(site)/layout");
const { default: HomePage } = await import("@/app/(site)/page");

function renderHome(): string {
  return renderToStaticMarkup(SiteLayout({ children: HomePage() }));
}

describe("a content mistake in npm run dev", () => {
  it("shows a Dutch page with the file, line, field and the message of npm run check", () => {
    const html = renderHome();
    expect(html).toContain("De inhoud heeft 1 fout");
    expect(html).toContain(
      `${dir}/posts/unknown-author.md:3: author: no author &quot;piet-puk&quot;: add content/authors/piet-puk.md`,
    );
  });

  it("brings the page back once the file is fixed and saved", () => {
    const file = path.join(dir, "posts", "unknown-author.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("piet-puk", "jan-smit"));
    const html = renderHome();
    expect(html).not.toContain("De inhoud heeft");
    expect(html).toContain("Onbekende auteur");
  });
});
