import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';

// Narrative Markdown in content files is untrusted: raw HTML is reduced to a small allow-list
// (rehype-sanitize's GitHub-like default, without ids that could clobber DOM globals).
const sanitizeSchema = { ...defaultSchema, clobberPrefix: 'content-' };

export default defineConfig({
  site: process.env.SANDING_SITE_URL ?? 'http://localhost:4321',
  outDir: process.env.SANDING_OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: unified({ rehypePlugins: [[rehypeSanitize, sanitizeSchema]] }) },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
