// The benchmark's reference server for out/: nginx when installed, else Node's serve-handler.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import serveHandler from "serve-handler";
import { startServer } from "./bench-measure";

/** Serves a folder on 127.0.0.1:`port` the plainest way there is; returns its name, URL and a way to stop it. */
export async function startStaticServer(root: string, port: number) {
  const absolute = path.resolve(root);
  const url = `http://127.0.0.1:${port}`;
  if (hasNginx()) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-bench-nginx-"));
    const config = `daemon off; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; include /etc/nginx/mime.types; server { listen 127.0.0.1:${port}; root ${absolute};
location / { try_files $uri $uri.html $uri/index.html =404; } } }`;
    fs.writeFileSync(path.join(dir, "nginx.conf"), config);
    const child = await startServer("nginx", ["-c", path.join(dir, "nginx.conf"), "-p", dir], `${url}/`);
    return { name: "nginx (out/)", url, stop: () => child.kill() };
  }
  const server = http.createServer((request, response) =>
    serveHandler(request, response, { public: absolute, cleanUrls: true }),
  );
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { name: "serve-handler (out/)", url, stop: () => server.close() };
}

function hasNginx(): boolean {
  try {
    execFileSync("nginx", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
