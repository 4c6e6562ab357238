import { escapeHtml } from "../escape-html";

/**
 * Returns a small self-contained Dutch HTML page, for the answers a route handler gives with a status of its own
 * (429, 403), where the site's layout is not at hand. No styles or scripts: it reads well in any browser.
 */
export function plainPage(title: string, message: string, back: { href: string; label: string }): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p>
</main>
</body>
</html>
`;
}
