import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseHtml, serializeHtml } from "@/lib/outputs/html-tree";
import { findClientScripts, makeStatic } from "@/lib/outputs/static-export";
import { fixtures } from "./helpers";

const read = (name: string) => fs.readFileSync(path.join(fixtures, "export", name), "utf8");

/** Returns the static form of a page, as HTML. */
function staticHtml(html: string): string {
  const document = parseHtml(html);
  makeStatic(document);
  return serializeHtml(document);
}

/** Returns `html` as the parser writes it, so that two ways of writing one document compare equal. */
const normal = (html: string) => serializeHtml(parseHtml(html));

describe("makeStatic", () => {
  it("removes Next's scripts, script preloads, React payload and markers, and keeps everything else", () => {
    // stripped-page.html: the column page as it must be exported, checked by hand.
    expect(staticHtml(read("next-page.html"))).toBe(normal(read("stripped-page.html")));
  });

  it("keeps JSON-LD, which is data and never runs", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"BlogPosting","name":"a < b"}</script>';
    expect(staticHtml(`<main>${jsonLd}<script>alert(1)</script></main>`)).toBe(`<main>${jsonLd}</main>`);
  });

  it("removes an element marked server-only whole, with elements of its kind inside it", () => {
    const html = '<p>a</p><div data-server-only=""><div><form method="post">x</form></div></div><div>b</div>';
    expect(staticHtml(html)).toBe("<p>a</p><div>b</div>");
  });

  it("turns an element marked export-noscript into a <noscript> with the same content", () => {
    const html = '<div hidden="" data-export-noscript="" class="x"><p>Zonder <a href="/">JavaScript</a></p></div>';
    expect(staticHtml(html)).toBe('<noscript class="x"><p>Zonder <a href="/">JavaScript</a></p></noscript>');
  });

  it("removes the hidden element React's markers leave empty, and keeps a hidden element with content", () => {
    const html = '<div hidden=""><!--$--><!--/$--></div><p>3<!-- --> min</p><div hidden="">Later</div>';
    expect(staticHtml(html)).toBe('<p>3 min</p><div hidden="">Later</div>');
  });

  it("keeps text and attributes as written: character references stay as they were", () => {
    const html = '<p title="a &amp; b">a &#x26; b <a href="/?a=1&amp;b=2">x</a> &lt;p&gt;</p>';
    expect(staticHtml(html)).toBe(html);
  });

  it("leaves a page without scripts, markers or comments as it is", () => {
    const html =
      '<!DOCTYPE html><html lang="nl"><head><title>x</title></head><body><form><p>x</p></form></body></html>';
    expect(staticHtml(html)).toBe(normal(html));
  });
});

describe("findClientScripts", () => {
  it("finds every script and script preload in a page Next wrote", () => {
    const found = findClientScripts(parseHtml(read("next-page.html")));
    expect(found).toContain(
      '<link rel="preload" as="script" fetchpriority="low" href="/_next/static/chunks/0j1we3cwg31qe.js">',
    );
    expect(found).toContain('<script src="/_next/static/chunks/2vackx7mpmciq.js" async=""></script>');
    expect(found.filter((script) => script.startsWith("<script>"))).not.toHaveLength(0); // the React payload
  });

  it("finds modulepreloads, and none once the page is static", () => {
    expect(findClientScripts(parseHtml('<link rel="modulepreload" href="/a.js">'))).toHaveLength(1);
    const document = parseHtml(read("next-page.html"));
    makeStatic(document);
    expect(findClientScripts(document)).toEqual([]);
  });
});
