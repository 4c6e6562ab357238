/** Bodies above this are refused before they are read further, as for the reaction form. */
export const maxFormBytes = 64 * 1024;

export type FormRead = { ok: true; form: Record<string, string> } | { ok: false; status: 400 | 413 | 415 };

const formTypes = /^(application\/x-www-form-urlencoded|multipart\/form-data\s*;\s*boundary=)/i;

/**
 * Reads a posted form of at most 64 KB: 413 when it is longer (by its Content-Length, or once that many bytes
 * arrived), 415 for another content type, 400 when it cannot be parsed. Only text fields are kept.
 */
export async function readForm(request: Request): Promise<FormRead> {
  const type = request.headers.get("content-type") ?? "";
  if (!formTypes.test(type)) return { ok: false, status: 415 };
  if (Number(request.headers.get("content-length") ?? 0) > maxFormBytes) return { ok: false, status: 413 };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength;
    if (size > maxFormBytes) {
      await reader?.cancel();
      return { ok: false, status: 413 };
    }
    chunks.push(part.value);
  }
  try {
    const data = await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData();
    const form: Record<string, string> = {};
    for (const [name, value] of data) if (typeof value === "string") form[name] = value;
    return { ok: true, form };
  } catch {
    return { ok: false, status: 400 };
  }
}
