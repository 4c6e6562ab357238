import { escapeHtml } from "../escape-html";
import { site } from "../site";

// Mail clients ignore the site's stylesheet and most of CSS: one <style> block that Apple Mail, Gmail and Outlook
// on the web read, light by default, dark where the client says so (clients that invert colours themselves get
// plain dark text on white to invert). No web fonts, no images of our own, no tracking pixel.
const styles = `
  body { margin: 0; padding: 0; background: #fdfbf7; color: #1f1d1a; }
  .mail { max-width: 36rem; margin: 0 auto; padding: 1.25rem; font: 18px/1.6 Charter, Georgia, "Times New Roman", serif; overflow-wrap: break-word; }
  .long-link { word-break: break-all; }
  .mail a { color: #8a3b12; }
  .site { font: 600 15px/1.4 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 0 1.5rem; padding-bottom: .75rem; border-bottom: 1px solid #ddd5c7; }
  .site a { color: #1f1d1a; text-decoration: none; }
  h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 .5rem; }
  h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 .5rem; }
  h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
  .meta, .footer { font: 14px/1.5 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #5c574f; }
  .lead { font-size: 1.15rem; color: #3d3934; }
  img { max-width: 100%; height: auto; }
  blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #ddd5c7; color: #5c574f; }
  pre, code { font-size: .9em; white-space: pre-wrap; word-break: break-word; }
  .mail a.button { display: inline-block; padding: .6rem 1.1rem; border-radius: 6px; background: #8a3b12; color: #ffffff !important; text-decoration: none; font: 600 16px/1.4 -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
  .footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid #ddd5c7; }
  @media (prefers-color-scheme: dark) {
    body, .mail { background: #181715 !important; color: #ece7df !important; }
    .mail a { color: #f0a875 !important; }
    .site a, .mail h1 a { color: #ece7df !important; }
    .meta, .footer, blockquote { color: #b3aca0 !important; }
    .lead { color: #d9d3c9 !important; }
    .site, .footer, blockquote { border-color: #3a3733 !important; }
    .mail a.button { background: #f0a875 !important; color: #181715 !important; }
  }
`;

/** Returns a whole HTML mail around `body` (already HTML), with the site's name on top and `footer` (HTML) below. */
export function mailDocument(title: string, body: string, footer: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
<div class="mail">
<p class="site"><a href="${escapeHtml(site.url)}/">${escapeHtml(site.name)}</a></p>
${body}
<div class="footer">${footer}</div>
</div>
</body>
</html>
`;
}
