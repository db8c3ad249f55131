/**
 * The security policy of the published site, in one place: the static server sends it as headers, the
 * layout repeats the CSP in a <meta> tag (for hosts that serve files as they are), and `_headers` is
 * generated from it for hosts that read that file.
 *
 * No inline script, no foreign host: everything a page needs comes from the site itself, so it can be
 * deployed on an intranet. 'wasm-unsafe-eval' lets Pagefind's WebAssembly search run; it does not allow eval().
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">` tag in the layout: browsers ignore
 * `frame-ancestors` (and report it as an error) in a meta tag, so it is left out there.
 */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Netlify/Cloudflare Pages style `_headers` file. */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
}
