/** Public address of the site (canonical URLs, sitemap). Set SANDING_SITE_URL when deploying. */
export const siteUrl = (): string => process.env.SANDING_SITE_URL ?? 'http://localhost:4321';
