import { Readable } from 'node:stream';
import FeedParser from 'feedparser';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

// Reading a feed as a feed reader does: `feedparser` (npm) turns the XML into items whose title and
// description are HTML, and the reader puts that HTML into a page. `shownAsHtml` is what the page would
// then display, parsed by parse5 (the WHATWG HTML algorithm browsers use), and refuses any element:
// plain text written by an editor must never come out as markup.

export type ReadFeed = { meta: FeedParser.Meta; items: FeedParser.Item[] };

export function readFeed(xml: string): Promise<ReadFeed> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({});
    const items: FeedParser.Item[] = [];
    let meta: FeedParser.Meta | undefined;
    parser.on('error', reject);
    parser.on('meta', (m: FeedParser.Meta) => (meta = m));
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('end', () => (meta ? resolve({ meta, items }) : reject(new Error('feed without a channel'))));
    Readable.from([xml]).pipe(parser);
  });
}

type Node = DefaultTreeAdapterMap['childNode'];

/** The text a browser shows for `html` put into innerHTML; throws on any element in it. */
export function shownAsHtml(html: string | null | undefined): string {
  const fragment = parseFragment(html ?? '');
  const text = (nodes: Node[]): string =>
    nodes
      .map((node) => {
        if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
        if (node.nodeName === '#comment') throw new Error(`a comment in feed text: ${JSON.stringify(html)}`);
        throw new Error(`an element <${node.nodeName}> in feed text: ${JSON.stringify(html)}`);
      })
      .join('');
  return text(fragment.childNodes);
}
