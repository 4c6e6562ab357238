import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

// A worker thread loads the TypeScript module through jiti, the same way the npm scripts run it, calls one of its
// exports with the input, and sends back what that returns.
const workerSource = `
const { workerData, parentPort } = require("node:worker_threads");
const { createJiti } = require("jiti");
createJiti(workerData.base)
  .import(workerData.module)
  .then((module) => module[workerData.name](workerData.input))
  .then((result) => parentPort.postMessage(result));
`;

/**
 * Returns what export `name` of the module at `modulePath` (relative to the project) returns for `input`, run in a
 * worker thread: plain data in, plain data out. Rejects when the function throws or the worker stops.
 */
export function runInWorker<T>(modulePath: string, name: string, input: unknown): Promise<T> {
  const workerData = {
    base: pathToFileURL(path.join(process.cwd(), "/")).href,
    module: path.join(process.cwd(), modulePath),
    name,
    input,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData });
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
