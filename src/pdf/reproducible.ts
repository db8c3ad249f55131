/**
 * Same input → same bytes. Chromium 156 (Skia/PDF) writes no /ID and subsets fonts with
 * deterministic tags (AAAAAA+…); the only varying bytes are /CreationDate and /ModDate, set to
 * the wall clock. They are rewritten in place to a fixed date of the same length, so the xref
 * offsets stay valid. /Producer and /Creator name the Chromium version: fixed for a given browser.
 */

/** The date written into the metadata: the document's own date when known, else a fixed epoch. */
function pdfDate(isoDate?: string): string {
  const m = isoDate && /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `D:${m[1]}${m[2]}${m[3]}000000+00'00'` : `D:20000101000000+00'00'`;
}

export function normalisePdf(bytes: Uint8Array, isoDate?: string): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const out = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (all, key: string, value: string) => {
    const fixed = pdfDate(isoDate);
    // Same length as the original value, so no byte offset after it moves.
    const replaced = fixed.length === value.length ? fixed : fixed.slice(0, value.length).padEnd(value.length, '0');
    return `/${key} (${replaced})`;
  });
  return Uint8Array.from(Buffer.from(out, 'latin1'));
}
