// How every test, size check and benchmark here starts Debian's Chromium (toolchain.md): one place for the flags.

/** The Chromium binary: Debian's package, or CHROME_PATH. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless run as root on a machine whose only network is loopback: no sandbox, no GPU, and none of the
 * background connections that this network would refuse.
 */
export const chromiumFlags = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/** The flags that load one unpacked extension (Playwright disables extensions unless told which to keep). */
export function extensionFlags(dist) {
  return [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...chromiumFlags];
}
