/**
 * Read a request body as UTF-8 text, refusing more than `limit` bytes: a declared larger body is
 * refused before reading, and an undeclared one is cut off while it streams in, never buffered
 * whole. Shared by every route that accepts a body (feedback votes, Autodiscover requests); each
 * maps the reason to its own error format.
 */
export type LimitedText = { ok: true; text: string } | { ok: false; reason: 'bad-length' | 'too-large' | 'not-utf8' };

export async function readLimitedText(request: Request, limit: number): Promise<LimitedText> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !/^\d+$/.test(declared.trim())) return { ok: false, reason: 'bad-length' };
  if (declared !== null && Number(declared) > limit) return { ok: false, reason: 'too-large' };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}
