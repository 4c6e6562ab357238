// The last step of npm run build:static: out/ becomes plain HTML and CSS with no client JavaScript, the way a
// column site should be, plus a _headers file with the security headers for static hosts.
import fs from "node:fs";
import path from "node:path";
import { headersFile } from "../lib/outputs/security-headers";
import { findClientScripts, stripClientScripts } from "../lib/outputs/static-export";

const out = path.resolve("out");
const files = fs.readdirSync(out, { recursive: true, encoding: "utf8" }).map((file) => path.join(out, file));
let removed = 0;

for (const file of files) {
  if (!fs.statSync(file).isFile()) continue;
  if (isClientOnly(file)) {
    fs.rmSync(file);
    removed++;
  } else if (file.endsWith(".html")) {
    const html = stripClientScripts(fs.readFileSync(file, "utf8"));
    const left = findClientScripts(html);
    if (left.length > 0) throw new Error(`${path.relative(out, file)} still loads JavaScript: ${left[0]}`);
    fs.writeFileSync(file, html);
  }
}
removeEmptyFolders(out);
fs.writeFileSync(path.join(out, "_headers"), headersFile());
console.log(`out/ is ready: no client JavaScript (${removed} files removed), headers in out/_headers.`);

// React's payload for client navigation (page.txt beside page.html, __next.*.txt), Next's JavaScript chunks, and
// Next's copy of 404.html. Files an editor put in public/ stay.
function isClientOnly(file: string): boolean {
  const relative = path.relative(out, file);
  if (relative.startsWith("_next/") && file.endsWith(".js")) return true;
  if (relative.startsWith("_not-found")) return true;
  if (!file.endsWith(".txt")) return false;
  return path.basename(file).startsWith("__next.") || fs.existsSync(file.replace(/\.txt$/, ".html"));
}

function removeEmptyFolders(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const child = path.join(dir, entry.name);
    removeEmptyFolders(child);
    if (fs.readdirSync(child).length === 0) fs.rmdirSync(child);
  }
}
