// The benchmark's other servers: nginx over out/ (or Node's serve-handler without nginx), and nginx in front of
// `npm start` as the README's "Deploying" recommends.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import serveHandler from "serve-handler";
import { startServer } from "../tools/server";

/** Serves a folder on 127.0.0.1:`port` the plainest way there is; returns its name, URL and a way to stop it. */
export async function startStaticServer(root: string, port: number) {
  const absolute = path.resolve(root);
  const url = `http://127.0.0.1:${port}`;
  if (hasNginx()) {
    const server = `server { listen 127.0.0.1:${port}; root ${absolute};
      location / { try_files $uri $uri.html $uri/index.html =404; } }`;
    return { name: "nginx (out/)", url, stop: await startNginx(server, `${url}/`) };
  }
  const server = http.createServer((request, response) =>
    serveHandler(request, response, { public: absolute, cleanUrls: true }),
  );
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { name: "serve-handler (out/)", url, stop: () => server.close() };
}

/**
 * Starts nginx on 127.0.0.1:`port` in front of `npm start` at `upstream`, caching each answer for one second (the
 * README's recommended deployment); returns undefined without nginx.
 */
export async function startCachingProxy(upstream: string, port: number) {
  if (!hasNginx()) return undefined;
  const url = `http://127.0.0.1:${port}`;
  const server = `proxy_cache_path ${os.tmpdir()}/column-bench-cache-${port} keys_zone=columns:10m;
    upstream next { server ${new URL(upstream).host}; keepalive 64; }
    server { listen 127.0.0.1:${port};
      location / { proxy_pass http://next; proxy_http_version 1.1; proxy_set_header Connection "";
        proxy_cache columns; proxy_cache_valid 200 404 1s; proxy_cache_lock on;
        proxy_cache_use_stale updating error timeout; } }`;
  return { name: "nginx → npm start (1 s cache)", url, stop: await startNginx(server, `${url}/`) };
}

// Runs nginx in the foreground with its own folder for pid, logs and temporary files; returns how to stop it.
async function startNginx(server: string, readyUrl: string): Promise<() => void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-bench-nginx-"));
  const config = `daemon off; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; include /etc/nginx/mime.types; ${server} }`;
  fs.writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = await startServer("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], readyUrl);
  return () => child.kill();
}

function hasNginx(): boolean {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
