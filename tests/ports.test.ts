import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { choosePort, ensurePortFree, freePort } from "@/tools/ports";
import { startServer } from "@/tools/server";

let occupied: net.Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => (occupied ? occupied.close(resolve) : resolve(undefined)));
  occupied = undefined;
});

async function occupy(): Promise<number> {
  occupied = net.createServer();
  await new Promise<void>((resolve) => occupied!.listen(0, "127.0.0.1", resolve));
  return (occupied.address() as net.AddressInfo).port;
}

describe("ports for test servers", () => {
  it("finds a port that can be listened on", async () => {
    const port = await freePort();
    await expect(ensurePortFree(port)).resolves.toBeUndefined();
  });

  it("stops with a clear message when the requested port is taken", async () => {
    const port = await occupy();
    await expect(choosePort(String(port))).rejects.toThrow(`Port ${port} is taken (EADDRINUSE)`);
  });

  it("never starts a server to test whatever already answers on its port", async () => {
    const port = await occupy();
    await expect(startServer("node", ["-e", ""], `http://127.0.0.1:${port}/`)).rejects.toThrow(/is taken/);
  });

  it("says so when the server exits before it answers", async () => {
    const port = await freePort();
    await expect(startServer("node", ["-e", "process.exit(3)"], `http://127.0.0.1:${port}/`)).rejects.toThrow(
      /exited before it answered/,
    );
  });
});
