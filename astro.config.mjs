import { defineConfig } from 'astro/config';
import { siteUrl } from './src/publish/site-url.ts';

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.SANDING_OUT_DIR ?? 'dist',
  // Each build gets its own data store (scripts/build.ts), so builds running at once cannot mix content.
  cacheDir: process.env.SANDING_ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
