// Reading a sent form with a bound: the site's forms are small, so anything larger is refused before it is read.

/** The largest form body read: a reaction of 5,000 characters, percent-encoded, is well under it. */
export const maximumBodyBytes = 64 * 1024;

export type FormBody = { ok: true; form: Record<string, string> } | { ok: false; status: 400 | 413 | 415 };

/**
 * Reads an `application/x-www-form-urlencoded` body of at most `maxBytes`. Returns 415 for another content type,
 * 413 when Content-Length says too much (nothing is read) or the stream runs past the bound (reading stops there),
 * and 400 for a body that is not UTF-8 or a Content-Length that is no number. Never throws for a client's mistake.
 */
export async function readFormBody(request: Request, maxBytes = maximumBodyBytes): Promise<FormBody> {
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return { ok: false, status: 415 };
  const length = request.headers.get("content-length");
  if (length !== null && !/^\d+$/.test(length.trim())) return { ok: false, status: 400 };
  if (length !== null && Number(length) > maxBytes) return { ok: false, status: 413 };
  const bytes = await readAtMost(request.body, maxBytes);
  if (!bytes) return { ok: false, status: 413 };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400 };
  }
  const form: Record<string, string> = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) form[key] ??= value;
  return { ok: true, form };
}

// Returns the body's bytes, or undefined as soon as it passes `maxBytes` (the rest is never read).
async function readAtMost(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
