// Characters that no page or feed may carry: C0 controls other than tab, line feed and carriage
// return, DEL and the C1 controls, the Unicode noncharacters and lone surrogates. HTML counts each as a
// parse error and XML 1.0 forbids most outright. They have no meaning in a story, yet reach the
// database through old imports, other tools or a paste, so they are dropped where text is read.
const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|\p{Cs}/gu;

export function withoutControlCharacters(text: string): string {
  return text.replace(UNWANTED, '');
}
