// Debian's Chromium, as every browser test and audit launches it: headless on a shared machine as
// root, with nothing reaching out to the network (the machines have no internet).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
