const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Returns the plain-text alternative of a column's sanitized HTML: paragraphs separated by blank lines, list items
 * as "- " or "1. ", links as "text (url)", images as their description in brackets. Unknown tags keep their text.
 */
export function htmlToText(html: string): string {
  let counter = 0;
  const text = html
    .replace(/\r?\n/g, " ")
    .replace(/<img\b[^>]*?\balt="([^"]*)"[^>]*>/gi, (_, alt: string) => (alt ? `[${alt}]` : ""))
    .replace(/<a\b[^>]*?\bhref="([^"]*)"[^>]*>(.*?)<\/a>/gi, (_, href: string, inner: string) => {
      const label = inner.replace(/<[^>]+>/g, "");
      return label === href || !href ? label : `${label} (${href})`;
    })
    .replace(/<ol\b[^>]*>/gi, () => ((counter = 0), "\n\n"))
    .replace(/<ul\b[^>]*>/gi, () => ((counter = -1), "\n\n"))
    .replace(/<li\b[^>]*>/gi, () => (counter < 0 ? "\n- " : `\n${++counter}. `))
    .replace(/<h[1-6]\b[^>]*>(.*?)<\/h[1-6]>/gi, (_, inner: string) => `\n\n${inner.toUpperCase()}\n\n`)
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<blockquote\b[^>]*>/gi, "\n\n> ")
    .replace(/<\/(p|div|blockquote|ul|ol|table|tr|pre|figure|h[1-6])>/gi, "\n\n")
    .replace(/<(p|div|pre|figure|table|tr)\b[^>]*>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decode);
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function decode(whole: string, name: string): string {
  if (name[0] !== "#") return entities[name.toLowerCase()] ?? whole;
  const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
