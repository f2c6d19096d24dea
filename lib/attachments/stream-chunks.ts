/**
 * A Web stream's chunks as an async iterable. Node 20's ReadableStream is async-iterable, but the
 * DOM typings the project compiles against do not say so; this also cancels the stream when the
 * reader stops early, so the rest of an upload is never read.
 */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
