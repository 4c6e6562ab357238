// The static export's /zoeken: the one exported page with a script.
import { describe, expect, it } from "vitest";
import { parseHtml, serializeHtml } from "@/lib/outputs/html-tree";
import { addSearchScript, searchScript, unexpectedScripts } from "@/lib/outputs/search-export";
import { makeStatic } from "@/lib/outputs/static-export";

const searchPage = [
  "<!DOCTYPE html><html><head><title>Zoeken</title></head><body><main><h1>Zoeken</h1>",
  '<div hidden="" data-export-noscript=""><p>Zonder JavaScript: <a href="/">alle columns</a>.</p></div>',
  '<form action="/zoeken"></form></main></body></html>',
].join("");

/** Returns the search page as the export writes it. */
function exported(html: string) {
  const document = parseHtml(html);
  makeStatic(document);
  addSearchScript(document);
  return document;
}

describe("addSearchScript", () => {
  it("gives the search page its script, with its notice as what a browser without JavaScript shows", () => {
    expect(serializeHtml(exported(searchPage))).toBe(
      [
        `<!DOCTYPE html><html><head><title>Zoeken</title>${searchScript}</head><body><main><h1>Zoeken</h1>`,
        '<noscript><p>Zonder JavaScript: <a href="/">alle columns</a>.</p></noscript>',
        '<form action="/zoeken"></form></main></body></html>',
      ].join(""),
    );
  });

  it("refuses a search page that lost its notice, rather than export a search that says nothing without JavaScript", () => {
    expect(() => exported("<html><head></head><body><main></main></body></html>")).toThrow(
      "zoeken.html: the search page has no <noscript> notice",
    );
  });

  it("refuses a search page without a <head>, rather than export it without its script", () => {
    expect(() => exported(searchPage.replace("<head><title>Zoeken</title></head>", ""))).toThrow(
      "zoeken.html: the search page has no <head>",
    );
  });
});

describe("unexpectedScripts", () => {
  it("allows the search script on the search page alone", () => {
    const document = exported(searchPage);
    expect(searchScript).toBe('<script type="module" src="/zoeken.js"></script>');
    expect(unexpectedScripts("zoeken.html", document)).toEqual([]);
    expect(unexpectedScripts("index.html", document)).toEqual([searchScript]);
  });

  it("still finds any other script on the search page", () => {
    const document = exported(searchPage.replace("</main>", '</main><script src="/x.js"></script>'));
    expect(unexpectedScripts("zoeken.html", document)).toEqual([]); // made static: the extra script is gone
    const late = parseHtml(serializeHtml(document).replace("</body>", '<script src="/x.js"></script></body>'));
    expect(unexpectedScripts("zoeken.html", late)).toEqual(['<script src="/x.js"></script>']);
  });
});
