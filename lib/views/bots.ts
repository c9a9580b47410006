// Crawlers, link previewers, monitors, audit tools and scripted clients announce themselves in the
// User-Agent; they are not readers and must not move the most-read list. Deliberately a list of
// obvious signatures only: a client that hides what it is cannot be told apart by its name anyway.
const BOT_SIGNATURES = new RegExp(
  [
    // "Cubot" is a phone maker, not a robot.
    '(?<!cu)bot',
    'crawl',
    'spider',
    'slurp',
    'scrap',
    'fetch',
    'archiver',
    'facebookexternalhit',
    'embedly',
    'preview',
    'whatsapp',
    'telegram',
    'headless',
    'lighthouse',
    'pagespeed',
    'gtmetrix',
    'pingdom',
    'uptime',
    'monitor',
    'phantomjs',
    'puppeteer',
    'playwright',
    'selenium',
    'curl',
    'wget',
    'httpie',
    'python-requests',
    'python-urllib',
    'aiohttp',
    'go-http-client',
    'okhttp',
    'java/',
    'apache-httpclient',
    'libwww',
    'axios',
    'node-fetch',
    'undici',
    'postman',
    'insomnia',
  ].join('|'),
  'i',
);

/** Whether a User-Agent is an obvious non-reader. No User-Agent at all counts as one: browsers always send it. */
export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = userAgent?.trim();
  if (!ua) return true;
  return BOT_SIGNATURES.test(ua);
}
