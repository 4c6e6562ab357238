import path from "node:path";
import { Worker } from "node:worker_threads";

// A plain JavaScript file, so that a worker starts without a loader of its own; it loads the TypeScript module.
const workerFile = path.join(process.cwd(), "lib", "worker-thread.mjs");

/**
 * Returns what export `name` of the module at `modulePath` (relative to the project) returns for `input`, run in a
 * worker thread: plain data in, plain data out. Rejects when the function throws or the worker stops.
 */
export function runInWorker<T>(modulePath: string, name: string, input: unknown): Promise<T> {
  const workerData = { module: path.join(process.cwd(), modulePath), name, input };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData });
    let result: { value: T } | undefined;
    worker.once("message", (value: T) => (result = { value }));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (result) resolve(result.value);
      else reject(new Error(`${modulePath} ${name} stopped with exit code ${code} before it answered`));
    });
  });
}

/** Returns the items dealt round-robin into `count` batches, so that long and short items spread evenly. */
export function dealInto<T>(items: T[], count: number): T[][] {
  return Array.from({ length: count }, (_, index) => items.filter((_, item) => item % count === index));
}
