import nextEnv from "@next/env";

/** Loads .env, .env.production and .env.local the way `next build` and `next start` do, for the npm commands. */
export function loadProjectEnv(): void {
  nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
}
