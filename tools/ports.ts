// Servers in tests and scripts never assume a port is theirs: they take a free one, or stop when theirs is taken.
import net from "node:net";

/** Returns a TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves when `port` on 127.0.0.1 is free; throws a one-line instruction when something already listens there. */
export async function ensurePortFree(port: number): Promise<void> {
  const server = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : "";
    throw new Error(`Port ${port} is taken (${code}): stop what listens there, or choose another port.`, {
      cause: error,
    });
  }
  await new Promise((resolve) => server.close(resolve));
}

/** Returns `requested` when given (after making sure it is free), else a free port. */
export async function choosePort(requested: string | undefined): Promise<number> {
  if (!requested) return freePort();
  const port = Number(requested);
  await ensurePortFree(port);
  return port;
}
