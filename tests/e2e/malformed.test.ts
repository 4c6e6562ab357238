// Requests no page answers: broken percent-encoding and the like get a 4xx, never a 500.
import { describe, expect, inject, it } from "vitest";

const baseUrl = inject("baseUrl");

// Sent as raw bytes on the request line: fetch would refuse or re-encode some of these paths.
async function get(pathname: string): Promise<{ status: number; body: string }> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    const url = new URL(baseUrl);
    const req = request({ host: url.hostname, port: url.port, path: pathname }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe(`malformed requests (${inject("target")})`, () => {
  it.each(["/blog/%E0%A4%A", "/blog/%ZZ", "/onderwerpen/%E0", "/auteurs/%", "/%E0%A4%A", "/blog/x%00"])(
    "answers %s with 400 or the Dutch 404 page",
    async (pathname) => {
      const { status, body } = await get(pathname);
      expect([400, 404]).toContain(status);
      if (status === 404) expect(body).toContain("Pagina niet gevonden");
    },
  );

  it("still answers a well-encoded path to a page that does not exist with the Dutch 404 page", async () => {
    const { status, body } = await get("/blog/caf%C3%A9");
    expect(status).toBe(404);
    expect(body).toContain("Pagina niet gevonden");
  });

  it("still serves a post", async () => {
    expect((await get("/blog/ik-doe-wat-ik-doe")).status).toBe(200);
  });
});
