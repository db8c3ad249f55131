// The project's Astro config with a private cache folder, so the benchmark's cold build neither reuses
// nor clobbers the cache (node_modules/.astro) of builds that other people run in the same tree.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.SANDING_BENCH_ASTRO_CACHE ?? config.cacheDir };
