/**
 * The one Markdown pipeline for narrative bodies (township and region files): parsed natively by Sätteri
 * (Astro's own Markdown engine), then sanitised and stringified in JS. The remark/rehype pipeline did the
 * same in 14× the time, which at 40,000 townships was a fifth of the site build.
 *
 * Narrative Markdown in content files is untrusted: raw HTML is parsed into elements and reduced to a
 * small allow-list (hast-util-sanitize's GitHub-like default, without ids that could clobber DOM globals).
 */
import Slugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { markdownToHast } from 'satteri';
import { keepImagesOnThisSite } from './same-origin-images.ts';

// The text of a <style> is dropped with it, not left behind as visible CSS.
const SANITIZE_SCHEMA = { ...defaultSchema, clobberPrefix: 'content-', strip: [...(defaultSchema.strip ?? []), 'style'] };

/** Sanitised HTML of a narrative body; empty for an empty body. */
export function renderNarrative(markdown: string): string {
  if (!markdown.trim()) return '';
  const parsed = markdownToHast(markdown, { features: { rawHtml: true, smartPunctuation: true } }) as unknown as Root;
  const tree = sanitize(parsed, SANITIZE_SCHEMA) as Root;
  keepImagesOnThisSite(tree);
  addHeadingIds(tree);
  return toHtml(tree);
}

/** `<h2 id="改革背景">`: headings become link targets, named by their text as on GitHub. */
function addHeadingIds(tree: Root): void {
  const slugger = new Slugger();
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (/^h[1-6]$/.test(child.tagName)) child.properties.id ??= slugger.slug(textOf(child));
      else walk(child);
    }
  };
  walk(tree);
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}
