/**
 * A response body produced piece by piece. At 40,000 townships the all-in-one JSON and CSV run to hundreds
 * of megabytes: built as one string they would approach V8's string limit, and joined by `+=` they would
 * cost quadratic time. Pieces are encoded as they are pulled.
 */
export function streamText(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      // Batches of small pieces keep the number of chunks (and their overhead) low.
      let batch = '';
      for (let n = 0; n < 256; n++) {
        const next = it.next();
        if (next.done) {
          if (batch) controller.enqueue(encoder.encode(batch));
          controller.close();
          return;
        }
        batch += next.value;
      }
      controller.enqueue(encoder.encode(batch));
    },
  });
}
