// Debian's Chromium for every browser test and screenshot script (wtr configs, Playwright tests,
// the demo's e2e stack): one path and one set of flags. The flags are the ones that work as root
// in a closed network (../shared/TOOLCHAIN.md); without the background-networking ones Chromium
// keeps dialling hosts the machine cannot reach.

/** `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--mute-audio',
];
