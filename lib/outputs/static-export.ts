/** Elements that only load or run client JavaScript: script elements (but JSON-LD data) and script preloads. */
const clientScript =
  /<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>|<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>|<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g;

/** React's markers for hydration (`<!-- -->`, `<!--$-->`), meaningless in a page that is never hydrated. */
const hydrationMarkers = /<div hidden=""><!--\$--><!--\/\$--><\/div>|<!--(?: |\$|\/\$)-->/g;

/** Returns the page without any client JavaScript: no script elements, no script preloads, no React payload. */
export function stripClientScripts(html: string): string {
  return html.replace(clientScript, "").replace(hydrationMarkers, "");
}

/** Returns the executable script elements and script preloads left in a page; JSON-LD data blocks do not count. */
export function findClientScripts(html: string): string[] {
  return [
    ...html.matchAll(/<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>|<link\b[^>]*\bas="script"[^>]*>/g),
  ].map((match) => match[0]);
}
