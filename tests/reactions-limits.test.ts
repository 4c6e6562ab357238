import { describe, expect, it } from "vitest";
import {
  AttemptLimiter,
  checkFormToken,
  fingerprint,
  hashAddress,
  makeFormToken,
  minimumFormAge,
} from "@/lib/reactions/limits";

const secret = "a-secret-of-at-least-thirty-two-characters";

describe("the signed form timestamp", () => {
  const made = 1_700_000_000_000;
  const token = makeFormToken(secret, "column-a", made);

  it("accepts a form sent after the minimum time", () => {
    expect(checkFormToken(secret, "column-a", token, made + minimumFormAge)).toBe("ok");
  });

  it("refuses a form sent too soon", () => {
    expect(checkFormToken(secret, "column-a", token, made + minimumFormAge - 1)).toBe("te-snel");
  });

  it("refuses a token for another column, a changed time, another secret, or none", () => {
    const later = made + 60_000;
    expect(checkFormToken(secret, "column-b", token, later)).toBe("formulier");
    expect(checkFormToken(secret, "column-a", token.replace(/^\d+/, String(made - 60_000)), later)).toBe("formulier");
    expect(checkFormToken(`${secret}!`, "column-a", token, later)).toBe("formulier");
    expect(checkFormToken(secret, "column-a", undefined, later)).toBe("formulier");
    expect(checkFormToken(secret, "column-a", "12.", later)).toBe("formulier");
  });
});

describe("AttemptLimiter", () => {
  it("allows the maximum within the window, refuses more, and allows again once the window has passed", () => {
    const limiter = new AttemptLimiter(3, 1000);
    expect([0, 10, 20, 30].map((t) => limiter.take("a", t))).toEqual([true, true, true, false]);
    expect(limiter.take("b", 30)).toBe(true);
    expect(limiter.retryAfter("a", 30)).toBe(1);
    expect(limiter.take("a", 2100)).toBe(true);
  });

  it("keeps refusing an address that keeps trying", () => {
    const limiter = new AttemptLimiter(2, 1000);
    const answers = Array.from({ length: 50 }, (_, i) => limiter.take("a", i * 100));
    expect(answers.filter(Boolean)).toHaveLength(2);
  });
});

describe("address hashes and fingerprints", () => {
  it("never contain the address and differ with the secret", () => {
    const hash = hashAddress(secret, "203.0.113.7");
    expect(hash).not.toContain("203");
    expect(hash).toBe(hashAddress(secret, "203.0.113.7"));
    expect(hash).not.toBe(hashAddress(`${secret}x`, "203.0.113.7"));
  });

  it("call the same text under one column a duplicate, whatever its case and spacing", () => {
    expect(fingerprint("a", "Mooi  stuk.\n")).toBe(fingerprint("a", "mooi stuk."));
    expect(fingerprint("a", "Mooi stuk.")).not.toBe(fingerprint("b", "Mooi stuk."));
  });
});
