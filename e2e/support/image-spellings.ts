// Distinct spellings of image addresses, as a stranger would send them to make the server encode or
// store something: Next's optimizer (`/_next/image`, which used to encode each new spelling and keep the
// result on disk for good), the old crop addresses (`/img/…`) and uploads (`/media/…`). Each is sent
// byte for byte (./raw-http.ts) and says what it must answer: the stored file (200), Next's redirect to
// the path without a doubled or trailing slash (308), an unknown file (404) or a malformed address
// (400). `token` is in every optimizer `url=`, so another token makes every one of them new again.

export interface ImageSpelling {
  path: string;
  status: 200 | 308 | 400 | 404;
}

const enc = encodeURIComponent;

/** `key` is a real upload's largest rendition (`2026/12/<id>-1200.webp`); `token` makes each run new. */
export function imageSpellings(key: string, token: string): ImageSpelling[] {
  const [year, month, file] = key.split('/') as [string, string, string];
  const crop = key.replace(/-\d+\.webp$/, '-16x9.jpg');
  const list: ImageSpelling[] = [];
  const add = (status: ImageSpelling['status'], ...paths: string[]) =>
    list.push(...paths.map((path) => ({ path, status })));

  // The optimizer is off: a plain 404 for an address a page could have named, 400 for the rest.
  const optimizer = (url: string, w = 1200, q = 75) => `/_next/image?url=${enc(url)}&w=${w}&q=${q}`;
  add(
    404,
    ...[480, 828, 1200].map((w) => optimizer(`/demo/${token}/egypt.webp`, w)),
    optimizer(`/demo/${token}.webp`, 3840),
    optimizer(`/media/${year}/${month}/${token}-1200.webp`, 480),
    optimizer(`/media/${token}/${file}`, 828),
    optimizer(`/demo/${token}/sports.webp`, 828),
    optimizer(`/media/${year}/${month}/${token}-480.webp`, 480),
    `/_next/image?w=828&url=${enc(`/demo/${token}/culture.webp`)}&q=75`,
    `/_next/imagex?url=${enc(`/demo/${token}/egypt.webp`)}&w=480&q=75`,
    `/_next/image/${token}?url=${enc('/demo/egypt.webp')}&w=480&q=75`,
  );
  add(
    400,
    ...['a', 'b', 'c', 'd', 'e', 'f'].map((s) => optimizer(`/demo/${token}${s}/../egypt.webp`)),
    ...[1, 50, 100].map((q) => optimizer(`/demo/${token}/../sports.webp`, 828, q)),
    ...[480, 828, 1200].map((w) => optimizer(`/media/${token}/../${key}`, w)),
    optimizer(`/demo/./${token}/../egypt.webp`),
    optimizer(`/demo/${token}/../egypt.webp`, 3840),
    optimizer(`/demo/${token}/%2e%2e/egypt.webp`),
    optimizer(`\\demo\\${token}.webp`),
    optimizer(`/demo//${token}/../egypt.webp`),
    optimizer(`/demo/${token}//../egypt.webp`),
    optimizer(`/%64emo/${token}/../egypt.webp`),
    optimizer(`/media/%2e%2e/${token}/../${key}`, 828),
    optimizer(`//${token}.example/a.webp`, 480),
    optimizer(`https://${token}.example/a.webp`, 480),
    `/_next/image?url=%ZZ${token}&w=480&q=75`,
    `/_next/image?url=${enc(`/demo/${token}/../egypt.webp`)}&w=%C0%AF&q=75`,
    `/_next/image?url=${enc(`/demo/${token}/../egypt.webp`)}&url=${enc('/demo/sports.webp')}&w=480&q=75`,
    `/_next/image?w=480&q=75&t=${token}`,
    `/_next/image?url=%2Fdemo%2F${token}%00.webp&w=480&q=75`,
  );

  // The old crop addresses: the stored crop, whatever the query, or 404; never a new one.
  add(
    200,
    ...['16x9', '4x3', '1x1'].map((ratio) => `/img/${ratio}/demo/egypt.webp?w=${token}`),
    ...['16x9', '4x3', '1x1'].map((ratio) => `/img/${ratio}/media/${key}?q=${token}`),
    `/img/16x9/demo/sports.webp?w=4000&q=100&${token}`,
    `/img/4x3/demo/culture.webp?fm=avif&${token}`,
    `/img/16x9/demo%2Fegypt.webp?${token}`,
    // Next resolves dot segments before routing: still the stored crop.
    `/img/16x9/demo/${token}/../egypt.webp`,
    `/img/1x1/media/${token}/../${key}`,
  );
  add(308, `/img/16x9/demo//egypt.webp?${token}`, `/img/16x9/demo/egypt.webp/?${token}`);
  add(
    404,
    `/img/2x1/demo/egypt.webp?${token}`,
    `/img/16X9/demo/egypt.webp?${token}`,
    `/img/16x9/demo/${token}.webp`,
    `/img/16x9/demo/%2e%2e/${token}.webp`,
    `/img/16x9/media/%2e%2e/${token}/${key}`,
    `/img/16x9/media/${year}/${month}/${token}-1200.webp`,
    `/img/16x9/media/${crop}?${token}`,
    `/img/16x9/media/${key.replace('.webp', '.png')}?${token}`,
    `/img/16x9/demo/egypt.png?${token}`,
    `/img/16x9/elsewhere/${token}.webp`,
    `/img/16x9/media/${token}`,
    `/%69mg/16x9/demo/egypt.webp?${token}`,
    `/%69mg/16x9/media/${key}?${token}`,
  );
  add(400, `/img/16x9/demo/%ZZ${token}.webp`, `/img/1x1/media/%00/${token}/${key}`);

  // Uploads: the stored file, whatever the query or the escapes, or 404.
  add(
    200,
    ...['a', 'b', 'c', 'd', 'e'].map((s) => `/media/${key}?v=${token}${s}`),
    `/media/${key}?url=${enc('/demo/egypt.webp')}&w=3840&q=100&${token}`,
    `/media/${crop}?${token}`,
    `/media/${year}/%2e/${month}/${file}?${token}`,
    `/media/${year}%2F${month}%2F${file}?${token}`,
    `/media/${year}/${month}/${file.replace(/-(\d+)\.webp$/, '%2D$1.webp')}?${token}`,
    `/media/${token}/../${key}`,
    `/media/./${token}/../${key}`,
  );
  add(308, `/media//${key}?${token}`, `/media/${year}//${month}/${file}?${token}`, `/media/${key}/?${token}`);
  add(
    404,
    `/media/%2e%2e/${token}/${key}`,
    `/media/${year}/${month}/${token}-1200.webp`,
    `/media/${year}/${month}/${token}-828.webp`,
    `/media/${key.replace('.webp', '.avif')}?${token}`,
    `/media/${key}.${token}`,
    `/media/${key}%3F${token}`,
    `/media/${key};${token}`,
    `/media/${key}%20${token}`,
    `/media/${year}/${month}/${file.toUpperCase()}?${token}`,
    `/media/${token}`,
    `/media/${year}/${month}/${token}`,
    `/media/${token}/..%2F..%2Fpackage.json`,
    `/media/%2e%2e%2f%2e%2e%2f${token}.json`,
    `/MEDIA/${key}?${token}`,
    `/%6dedia/${key}?${token}`,
    `/%6Dedia/${year}/${month}/${token}.webp`,
  );
  add(
    400,
    `/media/%ZZ${token}`,
    `/media/${year}/%C0%AF/${token}`,
    `/media/${year}/%7F${token}`,
    `/media/${key}%00${token}`,
  );
  return list;
}
