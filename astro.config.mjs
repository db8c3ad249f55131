import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSameOriginImages from './src/content/markdown/rehype-same-origin-images.ts';
import { siteUrl } from './src/publish/site-url.ts';

// Narrative Markdown in content files is untrusted: raw HTML is reduced to a small allow-list
// (rehype-sanitize's GitHub-like default, without ids that could clobber DOM globals).
const sanitizeSchema = { ...defaultSchema, clobberPrefix: 'content-' };

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.SANDING_OUT_DIR ?? 'dist',
  // Each build gets its own data store (scripts/build.ts), so builds running at once cannot mix content.
  cacheDir: process.env.SANDING_ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ rehypePlugins: [[rehypeSanitize, sanitizeSchema], rehypeSameOriginImages] }) },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
