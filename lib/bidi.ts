// Latin words and numbers inside Arabic text are isolated (<bdi>), so that neutral characters next
// to them (hyphens, slashes, brackets, full stops) never reorder the line: "شركة Nile Tech (NT)",
// "Android 16." and "9-10-2020" read as typed.

/** A run of Latin letters/digits, with the joiners that belong inside it (Nile Tech, 5G, v2.1, C++). */
const LTR_RUN = /[A-Za-z0-9](?:[A-Za-z0-9+#%&_.:/'-]|\s(?=[A-Za-z0-9]))*[A-Za-z0-9+#%]|[A-Za-z0-9]/g;

export type BidiPart = { text: string; isolate: boolean };

export function splitLatinRuns(text: string): BidiPart[] {
  const parts: BidiPart[] = [];
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index!;
    // A number alone needs no isolation unless it carries separators that can flip (9-10-2020, 3.5).
    const isolate = /[A-Za-z]/.test(match[0]) || /\d[^\d]+\d/.test(match[0]);
    if (!isolate) continue;
    if (start > last) parts.push({ text: text.slice(last, start), isolate: false });
    parts.push({ text: match[0], isolate: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), isolate: false });
  return parts;
}
