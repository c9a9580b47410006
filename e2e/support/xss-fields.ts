import { withoutControlCharacters } from '@/lib/control-characters';
import { XSS_PAYLOADS, type XssPayload } from '../../tests/support/xss-payloads';

// How the corpus is shared out over the fields of a few stories. Long fields (the body, the bio)
// take every payload; a field with a length limit takes as many as fit, and the next story's same
// field goes on where it stopped, so over the stories each field sees many different payloads
// without planting fifty stories.

/** Deals payloads in turn into fields of limited length; remembers which ids it placed. */
export class Dealer {
  private next = 0;
  readonly placed = new Set<string>();
  constructor(private readonly payloads: XssPayload[] = XSS_PAYLOADS) {}

  /** `prefix` then as many whole payloads as fit in `max` characters, separated by spaces. */
  take(max: number, prefix = '', options: { singleLine?: boolean } = {}): string {
    let out = prefix;
    for (let tried = 0; tried < this.payloads.length; tried++) {
      const payload = this.payloads[this.next % this.payloads.length]!;
      const text = options.singleLine ? payload.text.replace(/[\r\n]/g, '') : payload.text;
      const joined = out ? `${out} ${text}` : text;
      if (joined.trim().length > max) {
        // One that can never fit here is passed over; otherwise the field is full.
        if (text.trim().length + (prefix ? prefix.length + 1 : 0) > max) {
          this.next++;
          continue;
        }
        break;
      }
      out = joined;
      this.placed.add(payload.id);
      this.next++;
    }
    return out;
  }

  /** Up to `count` payloads as separate values (tags), each at most `max` characters. */
  takeEach(count: number, max: number): string[] {
    const out: string[] = [];
    for (let tried = 0; tried < this.payloads.length && out.length < count; tried++) {
      const payload = this.payloads[this.next++ % this.payloads.length]!;
      if (payload.text.trim().length > max) continue;
      out.push(payload.text);
      this.placed.add(payload.id);
    }
    return out;
  }
}

/** Tags are split on commas and line breaks when saved: a payload holding one would become two tags. */
export const TAGGABLE = XSS_PAYLOADS.filter((p) => !/[,،\n\r]/.test(p.text));

/** What a browser shows of a plain-text field: whitespace runs as one space, ends trimmed. */
// Control characters never reach a page (lib/control-characters.ts).
export const shown = (text: string) => withoutControlCharacters(text).replace(/\s+/g, ' ').trim();

/** The first words of every planted headline, summary and body: what the search test looks for. */
export const SEARCH_WORD = 'زعفران';
