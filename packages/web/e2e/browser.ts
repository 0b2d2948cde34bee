import sparticuz from '@sparticuz/chromium';

/**
 * The Chromium the browser tests and the web benchmark drive. It comes from the npm registry
 * (`@sparticuz/chromium` ships a headless Chromium build inside its package and unpacks it to the
 * temporary folder on first use), so a fresh machine with only Node needs no system browser and
 * nothing is downloaded at run time. `CHROMIUM_PATH` points at another build when wanted.
 */
export async function chromiumExecutable(): Promise<string> {
  return process.env.CHROMIUM_PATH ?? (await sparticuz.executablePath());
}

/** Flags for a quiet, sandbox-free headless run on a machine with a closed network. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
] as const;
