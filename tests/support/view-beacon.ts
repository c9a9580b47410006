import { POST } from '@/app/api/views/route';

export const READER =
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

/** The article page's view beacon as a reader's browser sends it, through the real route handler. */
export function beacon(body: string | number, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://localhost/api/views', {
      method: 'POST',
      body: String(body),
      headers: {
        'user-agent': READER,
        referer: `http://localhost/news/${body}/x`,
        'sec-fetch-site': 'same-origin',
        ...headers,
      },
    }),
  );
}
