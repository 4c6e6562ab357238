// The static export's /zoeken: a static host cannot run a search, so the exported page searches in the browser.
// It is the one exported page with a script: the site's public/zoeken.js, which loads Pagefind's index.
import { findClientScripts } from "./static-export";

/** The exported search page, relative to out/. */
export const searchPageFile = "zoeken.html";

/** The script element the exported search page gains. */
export const searchScript = '<script type="module" src="/zoeken.js"></script>';

// The page carries its no-JavaScript notice hidden (npm start searches without JavaScript, so there it must not
// show); in the export it becomes what a browser shows with scripts off. (Not a <template>: React cannot hydrate
// the children of one.)
const noScriptNotice = /<div (?=[^>]*\bdata-export-noscript="")[^>]*>([\s\S]*?)<\/div>/;

/**
 * Returns an exported page as it should be in out/: the search page with its script and its notice for readers
 * without JavaScript, any other page unchanged. Throws when the search page lacks what it needs.
 */
export function finishExportedPage(file: string, html: string): string {
  if (file !== searchPageFile) return html;
  if (!noScriptNotice.test(html) || !html.includes("</head>")) {
    throw new Error(`${file}: the search page has no <div data-export-noscript> or no </head>`);
  }
  return html.replace(noScriptNotice, "<noscript>$1</noscript>").replace("</head>", `${searchScript}</head>`);
}

/** Returns the scripts an exported page must not carry: any, but the search script on the search page. */
export function unexpectedScripts(file: string, html: string): string[] {
  return findClientScripts(html).filter((script) => !(file === searchPageFile && searchScript.startsWith(script)));
}
