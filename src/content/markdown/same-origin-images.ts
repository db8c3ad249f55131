import type { Element, Root, RootContent } from 'hast';

/** `https:…`, `data:…`, or protocol-relative `//host/…`: anything that is not a path on this site. */
const ELSEWHERE = /^(?:[a-z][a-z\d+.-]*:|\/\/|\\\\)/i;

/**
 * Runs after sanitising: an image whose source is on another host would make every reader's browser
 * contact that host, which the site promises never to do (and the CSP would block anyway). Such an
 * image is replaced by its alt text, so the narrative keeps its meaning.
 */
export function keepImagesOnThisSite(tree: Root): void {
  const walk = (node: Root | Element) => {
    node.children = node.children.map((child): RootContent => {
      if (child.type !== 'element') return child;
      const src = child.properties?.src;
      if (child.tagName === 'img' && typeof src === 'string' && ELSEWHERE.test(src.trim())) {
        return { type: 'text', value: typeof child.properties.alt === 'string' ? child.properties.alt : '' };
      }
      walk(child);
      return child;
    }) as typeof node.children;
  };
  walk(tree);
}
