// A command asks the running server to do its database work (lib/reactions/server-handle.ts): a long job's answer
// starts at once and stays alive until its result, and a failure after the start still fails the command.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lockFile } from "@/lib/reactions/database";
import { answerWhenDone, handleFile, runOnDatabase } from "@/lib/reactions/server-handle";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Returns the body's chunks as text, each with the milliseconds since the start at which it came. */
async function chunksOf(response: Response): Promise<{ text: string; at: number }[]> {
  const started = performance.now();
  const chunks: { text: string; at: number }[] = [];
  const decoder = new TextDecoder();
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    chunks.push({ text: decoder.decode(read.value), at: performance.now() - started });
  }
  return chunks;
}

/** Serves `respond`'s Response on a free port as the running server does, with the handle and lock in a data folder. */
async function fakeServer(respond: () => Response) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "column-site-handle-"));
  const server = http.createServer((request, response) => {
    const answer = respond();
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    Readable.fromWeb(answer.body! as never).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  fs.writeFileSync(lockFile(dir), "1");
  fs.writeFileSync(handleFile(dir), JSON.stringify({ pid: 1, url: `http://127.0.0.1:${port}`, token: "t" }));
  vi.stubEnv("REACTIONS_DATA_DIR", dir);
  vi.stubEnv("DATABASE_URL", "");
  return () => new Promise((resolve) => server.close(resolve));
}

afterEach(() => vi.unstubAllEnvs());

describe("a command done by the running server", () => {
  it("answers at once and keeps the answer alive with whitespace until the JSON of the result", async () => {
    const chunks = await chunksOf(answerWhenDone(async () => (await sleep(400), { sent: 3 }), 40));
    expect(chunks[0]).toMatchObject({ text: " " });
    expect(chunks[0].at).toBeLessThan(200);
    // The first space, and at least one more while the job runs (a busy machine may skip some ticks).
    expect(chunks.filter((chunk) => chunk.text === " ").length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(chunks.map((chunk) => chunk.text).join(""))).toEqual({ sent: 3 });
  });

  it("gives the command the result, or its failure as an error, though the answer said 200 before", async () => {
    const silenced = vi.spyOn(console, "error").mockImplementation(() => {});
    let work = async (): Promise<unknown> => (await sleep(50), { sent: 2 });
    const stop = await fakeServer(() => answerWhenDone(() => work(), 10));
    try {
      const notOpened = () => Promise.reject(new Error("opened the database itself"));
      expect(await runOnDatabase({ path: "/", method: "POST" }, notOpened)).toEqual({ sent: 2 });
      work = async () => {
        throw new Error("the relay refused the login");
      };
      await expect(runOnDatabase({ path: "/", method: "POST" }, notOpened)).rejects.toThrow(
        "the relay refused the login",
      );
    } finally {
      silenced.mockRestore();
      await stop();
    }
  });
});
