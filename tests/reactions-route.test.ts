// The reaction endpoint as an attacker meets it: the limit comes before the body, a body over 64 KB is refused
// unread, and a content type that is no form gets a Dutch 415 or 400, never a 500.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { clientAddressHeader, trustClientAddressHeader } from "@/lib/client-address";

vi.hoisted(() => {
  process.env.CONTENT_DIR = `${import.meta.dirname}/fixtures/site`;
  process.env.REACTIONS_PASSWORD_HASH = "scrypt:16384:8:1:c2FsdA:aGFzaA";
  process.env.REACTIONS_SECRET = "Zq8LwX1vR4tN7bY2kP9sHc3mJ6dF0gTa";
});

const { POST } = await import("@/app/(site)/reactie/route");
let client = 0;

beforeAll(() => trustClientAddressHeader()); // As server.ts does in its process.

/** A body that counts how many bytes the server pulled from it. */
function countingBody(total: number, chunk = 16 * 1024) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close();
      counter.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk).fill(0x61));
    },
  });
  return { stream, counter };
}

function post(body: BodyInit | null, headers: Record<string, string>, address = `198.51.100.${++client}`) {
  return POST(
    new Request("http://127.0.0.1/reactie", {
      method: "POST",
      body,
      headers: { [clientAddressHeader]: address, ...headers },
      duplex: "half",
    } as RequestInit),
  );
}

const form = { "content-type": "application/x-www-form-urlencoded" };

describe("POST /reactie", () => {
  it("refuses a 50 MB body by its Content-Length with 413, without reading it", async () => {
    const { stream, counter } = countingBody(50 * 1024 * 1024);
    const response = await post(stream, { ...form, "content-length": String(50 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(16 * 1024);
    expect(await response.text()).toContain("Te groot");
  });

  it("stops reading a body without Content-Length once it passes 64 KB", async () => {
    const { stream, counter } = countingBody(50 * 1024 * 1024);
    const response = await post(stream, form);
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024 + 3 * 16 * 1024);
  });

  it("answers a limited client with 429 before reading its body", async () => {
    const address = "203.0.113.77";
    for (let i = 0; i < 5; i++) await post("column=bestaat-niet", form, address);
    const { stream, counter } = countingBody(50 * 1024 * 1024);
    const response = await post(stream, form, address);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(counter.pulled).toBeLessThanOrEqual(16 * 1024);
  });

  it("limits a client however it rotates X-Forwarded-For: the address is the one the server worked out", async () => {
    const statuses = [];
    for (let i = 0; i < 12; i++) {
      const response = await post("column=bestaat-niet", { ...form, "x-forwarded-for": `10.9.8.${i}` }, "203.0.113.88");
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5)).toEqual([303, 303, 303, 303, 303]);
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true);
  });

  it("answers text/plain, JSON and multipart without a boundary with a Dutch 415, never a 500", async () => {
    for (const type of ["text/plain", "application/json", "multipart/form-data"]) {
      const response = await post("naam=x", { "content-type": type });
      expect(response.status).toBe(415);
      const page = await response.text();
      expect(page).toContain('<html lang="nl">');
      expect(page).toContain("Verkeerd formulier");
    }
    expect((await post("naam=x", {})).status).toBe(415);
  });

  it("answers a form body that is not UTF-8, or a Content-Length that is no number, with a Dutch 400", async () => {
    const response = await post(new Uint8Array([0x6e, 0x3d, 0xff, 0xfe]), form);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Onleesbaar formulier");
    expect((await post("n=1", { ...form, "content-length": "veel" })).status).toBe(400);
  });
});
