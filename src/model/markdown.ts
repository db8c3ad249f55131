/**
 * Narrative bodies start their sections at `##`, but on a township or region page they sit under the page's
 * own h2 "改革情况". Shifting every heading one level down keeps the outline valid (WCAG 1.3.1) without
 * asking editors to write `###`. The input is the sanitised HTML of the Markdown pipeline: tag names are the
 * only thing touched, and text that looks like a tag is already escaped there.
 */
export function demoteHeadings(html: string, by = 1): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}
