import { WxrError } from './wxr-error';

// saxes hands over a text node or a CDATA section only once it has read all of it, and builds it up
// in one string until then: a 200 MB `content:encoded` would be held whole, whatever the reader does
// with it afterwards. This pass sits between the file and saxes. At the end of each chunk read from
// the file, character data still open is cut where the cut means the same XML (a CDATA section is
// closed and reopened, text gets an empty comment), so saxes reports it chunk by chunk and the reader
// can stop keeping a field once it is too long. Markup that is never long in an export (a tag with its
// attributes, a comment, a processing instruction, a declaration) stops the import instead.

/** The longest tag, comment, processing instruction or declaration an export may hold (UTF-16 units). */
export const XML_MARKUP_LIMIT = 64 * 1024;
/** The longest stretch of character data that may go without a place to cut it. */
export const XML_UNCUT_LIMIT = 1024 * 1024;

type State = 'text' | 'after <' | 'tag' | 'quoted' | 'cdata' | 'comment' | 'pi' | 'declaration';

const CDATA_OPEN = '![CDATA[';
const COMMENT_OPEN = '!--';
const ENDS: Partial<Record<State, string>> = { cdata: ']]>', comment: '-->', pi: '?>' };
const TAG_STOP = /["'>]/g;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

export class BoundedXml {
  private state: State = 'text';
  /** Code units of the current piece of markup or uncut character data, before this chunk. */
  private run = 0;
  /** After `<`: what followed, until it says which markup this is. */
  private opening = '';
  private quote = '';
  /** In text: an entity reference (`&amp;`) begun and not yet ended. */
  private inEntity = false;
  private brackets = 0;
  /** The last code units of the previous chunk, for an end (`]]>`) split between two chunks. */
  private tail = '';
  private lines = 1;

  /** `chunk` as saxes should read it: the same document, with any character data left open cut. */
  push(chunk: string): string {
    let i = 0;
    let pieceStart = 0; // where the current state began in this chunk
    const enter = (state: State, at: number) => {
      this.state = state;
      this.run = 0;
      pieceStart = at;
      this.opening = '';
      this.brackets = 0;
      this.inEntity = false;
      this.tail = '';
    };
    while (i < chunk.length) {
      switch (this.state) {
        case 'text': {
          const lt = chunk.indexOf('<', i);
          if (lt === -1) i = chunk.length;
          else {
            enter('after <', lt + 1);
            i = lt + 1;
          }
          break;
        }
        case 'after <': {
          const next = chunk[i];
          if (this.opening === '' && next !== '!' && next !== '?' && next !== '>') {
            enter('tag', ++i); // by far the most common: a start or end tag
            break;
          }
          this.opening += chunk[i++];
          const o = this.opening;
          if (o === '?') enter('pi', i);
          else if (o[0] !== '!') enter(o === '>' ? 'text' : 'tag', i);
          else if (o === COMMENT_OPEN) enter('comment', i);
          else if (o === CDATA_OPEN) enter('cdata', i);
          else if (!COMMENT_OPEN.startsWith(o) && !CDATA_OPEN.startsWith(o)) enter('declaration', i);
          break;
        }
        case 'tag':
        case 'quoted': {
          if (this.state === 'quoted') {
            const close = chunk.indexOf(this.quote, i);
            if (close === -1) i = chunk.length;
            else {
              this.state = 'tag';
              i = close + 1;
            }
            break;
          }
          TAG_STOP.lastIndex = i;
          const stop = TAG_STOP.exec(chunk);
          if (!stop) i = chunk.length;
          else if (stop[0] === '>') {
            enter('text', stop.index + 1);
            i = stop.index + 1;
          } else {
            this.quote = stop[0];
            this.state = 'quoted';
            i = stop.index + 1;
          }
          break;
        }
        case 'cdata':
        case 'comment':
        case 'pi': {
          const end = ENDS[this.state]!;
          // The end may have begun in the previous chunk.
          const joined = i === 0 ? this.tail + chunk.slice(0, end.length - 1) : '';
          const across = joined.indexOf(end);
          const found = chunk.indexOf(end, i);
          const after = across !== -1 ? across + end.length - this.tail.length : found === -1 ? -1 : found + end.length;
          if (after === -1) i = chunk.length;
          else {
            enter('text', after);
            i = after;
          }
          break;
        }
        case 'declaration': {
          for (; i < chunk.length; i++) {
            const c = chunk[i];
            if (c === '[') this.brackets += 1;
            else if (c === ']') this.brackets -= 1;
            else if (c === '>' && this.brackets <= 0) break;
          }
          if (i < chunk.length) enter('text', ++i);
          break;
        }
      }
    }
    for (let n = chunk.indexOf('\n'); n !== -1; n = chunk.indexOf('\n', n + 1)) this.lines += 1;
    this.run += chunk.length - pieceStart;
    if (this.state === 'text') {
      // Whether the text ends inside an entity reference (`&amp;`): a `&` with no `;` after it.
      const amp = chunk.lastIndexOf('&');
      const semi = chunk.lastIndexOf(';');
      if (amp >= pieceStart && amp > semi) this.inEntity = true;
      else if (semi >= pieceStart || amp >= pieceStart) this.inEntity = false;
    }
    if (this.state === 'cdata' || this.state === 'comment' || this.state === 'pi') {
      // Only what follows the section's start, never a concatenation of whole chunks.
      const tail = pieceStart === 0 ? this.tail + chunk.slice(-2) : chunk.slice(Math.max(pieceStart, chunk.length - 2));
      this.tail = tail.slice(-2);
    }
    return chunk + this.cut(chunk);
  }

  /** What to add after this chunk so that no character data runs on into the next one. */
  private cut(chunk: string): string {
    const last = chunk.charCodeAt(chunk.length - 1);
    // Never between CR and LF (saxes would read two line breaks) or within a surrogate pair.
    const safe = chunk.length > 0 && last !== 0x0d && !isHighSurrogate(last);
    if (this.state === 'text' && safe && !this.inEntity && this.run > 0) {
      // An empty comment between two pieces of text changes nothing in the document's text.
      this.run = 0;
      return '<!---->';
    }
    // A section closed and another opened: the same characters. Never after `]`, which could be the
    // start of the real `]]>`.
    if (this.state === 'cdata' && safe && last !== 0x5d && this.run > 0) {
      this.run = 0;
      return ']]><![CDATA[';
    }
    const limit = this.state === 'text' || this.state === 'cdata' ? XML_UNCUT_LIMIT : XML_MARKUP_LIMIT;
    if (this.run > limit) {
      const what = this.state === 'quoted' ? 'tag' : this.state === 'pi' ? 'processing instruction' : this.state;
      throw new WxrError(
        `The file holds a ${what} longer than ${limit.toLocaleString('en')} characters that cannot be read in parts (by line ${this.lines}), which no WordPress export has.`,
      );
    }
    return '';
  }
}
