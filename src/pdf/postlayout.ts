/**
 * Layout steps that need measured positions, run inside the page (page.evaluate) after fonts are
 * ready, in print media. The function is serialised by puppeteer: it must stay self-contained.
 *
 * 版记 (7.4.1): its last rule lies on the bottom edge of the 版心 of the last page. Every block
 * before it is a whole number of grid rows and the regulation starts on a new page, so the rows
 * used on the last page follow from the continuous layout: rows % 22. The spacer fills the free
 * rows, minus the lift between the 22nd line box bottom and the 版心 bottom (Model B: half-leading).
 */
export function placeRecord(pitchPx: number, liftPx: number, linesPerPage: number): { rowsOnLastPage: number; freeRows: number } {
  const section = document.querySelector<HTMLElement>('.regulation')!;
  const spacer = document.querySelector<HTMLElement>('.record-spacer')!;
  const record = document.querySelector<HTMLElement>('.record')!;
  const used = Math.round((spacer.getBoundingClientRect().top - section.getBoundingClientRect().top) / pitchPx);
  const onLast = used % linesPerPage;
  const rows = Math.round(record.getBoundingClientRect().height / pitchPx);
  let free = linesPerPage - onLast - rows;
  if (free < 0) free += linesPerPage;
  const height = free * pitchPx - liftPx;
  spacer.style.height = `${Math.max(0, height)}px`;
  record.style.marginTop = `${Math.min(0, height)}px`;
  return { rowsOnLastPage: onLast, freeRows: free };
}
