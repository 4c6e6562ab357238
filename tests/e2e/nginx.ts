// Debian's nginx, started by a test on free ports with a recipe from deploy/: the recipe's own text, with only the
// machine-specific lines (ports, upstream, certificate, cache folder, server name) replaced.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../tools/ports";

export const nginxHint =
  "nginx is not installed: run `apt-get install -y nginx` (Debian/Ubuntu), then the tests again.";

export interface RunningNginx {
  http: string;
  https: string;
  stop(): Promise<void>;
}

/** Starts nginx with deploy/nginx-proxy.conf in front of `upstream` (host:port); throws `nginxHint` without nginx. */
export async function startProxyNginx(upstream: string): Promise<RunningNginx> {
  const nginx = ["/usr/sbin/nginx", ...(process.env.PATH ?? "").split(":").map((dir) => path.join(dir, "nginx"))].find(
    (file) => fs.existsSync(file),
  );
  if (!nginx) throw new Error(nginxHint);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-nginx-"));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  makeCertificate(dir);
  const recipe = fs
    .readFileSync(path.join(import.meta.dirname, "..", "..", "deploy", "nginx-proxy.conf"), "utf8")
    .replaceAll("/var/cache/column-site-nginx", path.join(dir, "cache"))
    .replaceAll("/var/log/nginx/", `${dir}/`)
    .replaceAll("127.0.0.1:3000", upstream)
    .replaceAll("/etc/letsencrypt/live/columns.example/", `${dir}/`)
    .replaceAll("columns.example", "127.0.0.1")
    .replace(/listen (\[::\]:)?80;/g, (_, six) => (six ? "" : `listen 127.0.0.1:${httpPort};`))
    .replace(/listen (\[::\]:)?443 ssl http2;/g, (_, six) => (six ? "" : `listen 127.0.0.1:${httpsPort} ssl http2;`));
  fs.writeFileSync(path.join(dir, "column-site.conf"), recipe);
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      process.getuid?.() === 0 ? "user root;" : "",
      "daemon off;",
      "worker_processes 1;",
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      "events {}",
      "http {",
      `  access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy;`,
      `  fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;`,
      `  include ${dir}/column-site.conf;`,
      "}",
    ].join("\n"),
  );
  const check = spawnSync(nginx, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t refused deploy/nginx-proxy.conf:\n${check.stderr}`);
  const server = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  const http = `http://127.0.0.1:${httpPort}`;
  const https = `https://127.0.0.1:${httpsPort}`;
  await waitForPort(http, () => server.exitCode !== null);
  return {
    http,
    https,
    async stop() {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGQUIT");
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function makeCertificate(dir: string): void {
  const made = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"].concat([
      "-keyout",
      path.join(dir, "privkey.pem"),
      "-out",
      path.join(dir, "fullchain.pem"),
    ]),
    { encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
}

async function waitForPort(url: string, exited: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !exited(); tries++) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer on ${url}`);
}
