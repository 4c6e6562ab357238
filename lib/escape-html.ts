// The one escaper for text put into HTML (and XML: the feeds use it too), as element content or a quoted attribute.

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/**
 * Returns `text` with the five characters that mean something in markup as named entities. `&apos;` rather than
 * `&#39;`: HTML5 and XML both know it, and feed parsers that leave numeric references in attributes undecoded still
 * read it. Never throws; an empty string stays empty.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]);
}
