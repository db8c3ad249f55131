/**
 * Debian's Chromium, the only browser the project uses (PDFs, browser tests, benchmark): never a
 * downloaded one. The flags keep it from reaching for Google's hosts, which this network refuses.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
