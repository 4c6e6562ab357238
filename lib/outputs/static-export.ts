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

/**
 * Returns the page without the elements marked `data-server-only` (forms that post to the server), each removed
 * whole with everything inside it; throws when such an element is never closed.
 */
export function removeServerOnly(html: string): string {
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-server-only(?:="[^"]*")?[^>]*>/i;
  let result = html;
  for (let match = opening.exec(result); match; match = opening.exec(result)) {
    const end = closingEnd(result, match[1].toLowerCase(), match.index + match[0].length);
    if (end < 0) throw new Error(`A <${match[1]} data-server-only> element is never closed`);
    result = result.slice(0, match.index) + result.slice(end);
  }
  return result;
}

// Returns the index just past the tag that closes the element opened before `from`, counting nested ones alike.
function closingEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, "gi");
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}
