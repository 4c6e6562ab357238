import nextEnv from "@next/env";

/**
 * Loads .env, .env.production and .env.local the way `next build` and `next start` do, for the npm commands; under
 * npm run dev (NODE_ENV=development) .env.development instead, as next dev does, so that its check reads the same.
 */
export function loadProjectEnv(): void {
  const development = process.env.NODE_ENV === "development";
  nextEnv.loadEnvConfig(process.cwd(), development, { info: () => {}, error: console.error });
}
