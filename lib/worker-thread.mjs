// The file every worker thread of lib/workers.ts runs: it loads a TypeScript module of the project through jiti (the
// way the npm scripts run), calls one of its exports with the input, and sends back what that returns.
import { parentPort, workerData } from "node:worker_threads";
import { createJiti } from "jiti";

const { module, name, input } = workerData;
const loaded = await createJiti(import.meta.url).import(module);
parentPort.postMessage(await loaded[name](input));
