// The changes a column's HTML (rendered once, into the content store) needs before it goes into a feed or a mail:
// plain strings in, plain strings out, so the routes that serve them carry no Markdown pipeline.

/** Returns the HTML with each `<picture>` reduced to its plain `<img>` (src, alt, width, height), for feed readers. */
export function plainImages(html: string): string {
  return html.replace(/<picture>.*?(<img [^>]*>)<\/picture>/gs, (_, img: string) =>
    img.replace(/ (srcset|sizes|loading|decoding|fetchpriority)="[^"]*"/g, ""),
  );
}

/** Returns the HTML with site-relative links and images made absolute against `baseUrl`, for feeds. */
export function absoluteUrls(html: string, baseUrl: string): string {
  // remark-html writes every attribute in double quotes; "//host" URLs are already absolute.
  return html.replace(/ (href|src)="\/(?!\/)/g, ` $1="${baseUrl}/`);
}
