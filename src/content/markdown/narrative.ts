/**
 * The one Markdown pipeline for narrative bodies (township and region files). astro.config.mjs gives it to
 * Astro for the region collection; township pages render their narrative through `renderNarrative` at page
 * time, so 40,000 rendered narratives never sit in memory at once.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSameOriginImages from './rehype-same-origin-images.ts';

// Narrative Markdown in content files is untrusted: raw HTML is reduced to a small allow-list
// (rehype-sanitize's GitHub-like default, without ids that could clobber DOM globals).
const sanitizeSchema = { ...defaultSchema, clobberPrefix: 'content-' };

export const narrativeProcessor = unified({ rehypePlugins: [[rehypeSanitize, sanitizeSchema], rehypeSameOriginImages] });

let renderer: Promise<MarkdownRenderer> | undefined;

/** Sanitised HTML of a narrative body; empty for an empty body. */
export async function renderNarrative(markdown: string): Promise<string> {
  if (!markdown.trim()) return '';
  // Plans hold no code: no syntax highlighter, whose inline styles the pages' CSP would refuse anyway.
  renderer ??= narrativeProcessor.createRenderer({ syntaxHighlight: false });
  return (await (await renderer).render(markdown)).code;
}
