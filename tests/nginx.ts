// Runs the nginx configurations of deploy/ as an operator would, on free ports, with nothing of /etc/nginx but
// mime.types: a main file that includes the site's file inside http {}, as Debian's nginx.conf includes conf.d/.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Returns the nginx binary; throws how to install it when there is none. */
export function findNginx(): string {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  throw new Error("nginx is not installed: apt-get install -y nginx (.ci/run does)");
}

/** Returns a fresh folder holding `site` (an http-level file such as deploy/nginx-static.conf) and a main file. */
export function nginxFolder(site: string): { dir: string; main: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-nginx-"));
  // The recipe's access log, in this folder instead of /var/log/nginx.
  fs.writeFileSync(path.join(dir, "site.conf"), site.replaceAll("/var/log/nginx/", `${dir}/`));
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `${kind}_temp_path ${dir};`);
  const main = [
    `daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;`,
    "events { worker_connections 64; }",
    `http { access_log off; ${temp.join(" ")} include ${dir}/site.conf; }`,
  ].join("\n");
  fs.writeFileSync(path.join(dir, "nginx.conf"), main);
  return { dir, main: path.join(dir, "nginx.conf") };
}

/** Runs `nginx -t` on `site`; returns its exit status and what it said. */
export function testNginxConfig(site: string): { status: number | null; output: string } {
  const { dir, main } = nginxFolder(site);
  const result = spawnSync(findNginx(), ["-t", "-c", main, "-p", dir, "-e", `${dir}/error.log`], {
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** Starts nginx with `site` and resolves once `port` accepts connections; returns how to stop it. */
export async function startNginx(site: string, port: number): Promise<() => void> {
  const { dir, main } = nginxFolder(site);
  const child = spawn(findNginx(), ["-c", main, "-p", dir, "-e", `${dir}/error.log`], { stdio: "ignore" });
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) return () => child.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`nginx did not start: ${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => resolve(socket.end() && true));
    socket.once("error", () => resolve(false));
  });
}

/** Writes a self-signed certificate for 127.0.0.1 and localhost into `dir`; returns the two files' paths. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"],
      ...["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", cert],
    ],
    { stdio: "ignore" },
  );
  return { cert, key };
}

type Placement = { root: string; port: number; tls?: { port: number; cert: string; key: string } };

/**
 * Returns deploy/nginx-static.conf's text (`config`) for this machine, as its comments say: `root` for
 * /srv/column-site/out, 127.0.0.1:`port` for `listen 80;`, and with `tls`, the TLS block uncommented with that port
 * and certificate. Throws when a line it replaces is missing, so the file and this test cannot drift apart.
 */
export function placeStaticConfig(config: string, { root, port, tls }: Placement): string {
  let placed = replaceOnce(config, "root /srv/column-site/out;", `root ${root};`);
  placed = replaceOnce(placed, "listen 80;", `listen 127.0.0.1:${port};`);
  if (!tls) return placed;
  const begin = placed.indexOf("# ---- TLS begin");
  const end = placed.indexOf("# ---- TLS end");
  if (begin < 0 || end < begin) throw new Error("deploy/nginx-static.conf has no TLS block between its markers");
  const block = placed
    .slice(placed.indexOf("\n", begin) + 1, end)
    .replace(/^(\s*)# /gm, "$1")
    .replace(/ssl_certificate (\S+);/, `ssl_certificate ${tls.cert};`)
    .replace(/ssl_certificate_key (\S+);/, `ssl_certificate_key ${tls.key};`);
  placed = placed.slice(0, placed.indexOf("\n", begin) + 1) + block + placed.slice(end);
  return replaceOnce(placed, "listen 443 ssl;", `listen 127.0.0.1:${tls.port} ssl;`);
}

// Replaces the one line that reads `line` (indentation aside; comments that mention it do not count).
function replaceOnce(text: string, line: string, replacement: string): string {
  const lines = text.split("\n");
  const found = lines.flatMap((each, index) => (each.trim() === line ? [index] : []));
  if (found.length !== 1) throw new Error(`expected the line "${line}" once in the nginx configuration`);
  lines[found[0]] = lines[found[0]].replace(line, replacement);
  return lines.join("\n");
}
