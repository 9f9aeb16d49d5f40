const QUOTE = 0x22;
const LINE_FEED = 0x0a;

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Regroups CSV bytes into chunks of at least `chunkBytes`, each ending at the end of a record: a line
 * feed outside quotes (in CSV every `"` toggles quoting, `""` twice, so parity tells). PGlite runs one
 * COPY per chunk, and a chunk cut inside a quoted field would break it. UTF-8 safe: `"` and `\n`
 * never occur inside a multi-byte character.
 */
export async function* cutCsvAtRecordEnds(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  chunkBytes: number,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  let quoted = false;
  for await (const part of source) {
    signal?.throwIfAborted();
    const bytes = typeof part === 'string' ? encoder.encode(part) : part;
    let lastEnd = -1;
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === LINE_FEED && !quoted) lastEnd = i;
    }
    if (lastEnd >= 0 && pendingSize + lastEnd + 1 >= chunkBytes) {
      pending.push(bytes.subarray(0, lastEnd + 1));
      yield concat(pending, pendingSize + lastEnd + 1);
      const rest = bytes.subarray(lastEnd + 1);
      pending = rest.length > 0 ? [rest] : [];
      pendingSize = rest.length;
    } else if (bytes.length > 0) {
      pending.push(bytes);
      pendingSize += bytes.length;
    }
  }
  signal?.throwIfAborted();
  if (pendingSize > 0) yield concat(pending, pendingSize);
}
