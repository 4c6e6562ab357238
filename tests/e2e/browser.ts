import { chromium, type Browser } from "playwright-core";
import { inject } from "vitest";

/**
 * Returns the run's headless Chromium (started once per target by tests/e2e/server.ts, off the network): each test
 * file connects to it and gets fresh contexts, instead of starting a Chromium of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject("browserEndpoint"));
}
