/** How we start Debian's Chromium everywhere (tests, demo, benchmarks, icon rendering).
 * The network flags matter: this machine has no network, and without them Chromium keeps
 * trying to reach Google's services. */
export const CHROMIUM_PATH = process.env.HUMO_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export function extensionArgs(distDir: string): string[] {
  return [...CHROMIUM_ARGS, `--disable-extensions-except=${distDir}`, `--load-extension=${distDir}`];
}
