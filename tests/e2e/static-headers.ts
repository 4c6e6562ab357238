// Reads out/_headers as Cloudflare Pages does, so that the browser tests against out/ get the headers a static host
// sends: every matching rule in order, a header named twice sent with both values, `! Name` dropping one before.
import fs from "node:fs";

type Rule = { pattern: RegExp; lines: string[] };

/** Returns a function that gives the headers `_headers` (the file's text) sets for a request path. */
export function staticHeaders(file: string): (pathname: string) => Map<string, string> {
  const rules: Rule[] = [];
  for (const line of file.split("\n")) {
    if (line.startsWith("/")) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), lines: [] });
    } else if (line.trim() && !line.trim().startsWith("#")) rules.at(-1)?.lines.push(line.trim());
  }
  return (pathname) => {
    const headers = new Map<string, string>();
    for (const { pattern, lines } of rules) {
      if (!pattern.test(pathname)) continue;
      for (const line of lines) {
        if (line.startsWith("!")) {
          headers.delete(line.slice(1).trim().toLowerCase());
          continue;
        }
        const [name, ...value] = line.split(":");
        const key = name.trim().toLowerCase();
        const previous = headers.get(key);
        headers.set(key, previous ? `${previous}, ${value.join(":").trim()}` : value.join(":").trim());
      }
    }
    return headers;
  };
}

/** Returns the headers of out/_headers for each path, or none when the export has no such file. */
export function readStaticHeaders(path: string): (pathname: string) => Map<string, string> {
  return fs.existsSync(path) ? staticHeaders(fs.readFileSync(path, "utf8")) : () => new Map();
}
