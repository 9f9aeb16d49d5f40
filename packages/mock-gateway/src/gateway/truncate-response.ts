/**
 * A copy of `response` whose body stops half way and then fails, as when a connection drops mid-body.
 * `Content-Length` still announces the whole body, so a reader sees the mismatch.
 */
export async function truncateResponse(response: Response): Promise<Response> {
  const full = new Uint8Array(await response.arrayBuffer());
  const half = full.subarray(0, Math.floor(full.length / 2));
  const headers = new Headers(response.headers);
  headers.set('content-length', String(full.length));
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (half.length > 0) controller.enqueue(half);
      controller.error(new TypeError('terminated: the mock gateway cut the body off (simulated fault)'));
    },
  });
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
