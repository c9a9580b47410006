// Share targets as plain links: no third-party script runs on our pages. `url` is the story's short
// address (/news/<id>, which answers 301 to the canonical one): the full one would carry the Arabic
// slug percent-encoded twice over, some 20 bytes a letter, four times in the HTML and again in the
// page's RSC payload. The headline is not repeated in the links either: every one of these services
// shows it from the story's Open Graph tags in the preview it draws for the link.
export function shareLinks(url: string) {
  const u = encodeURIComponent(url);
  return [
    { name: 'واتساب', href: `https://wa.me/?text=${u}` },
    { name: 'فيسبوك', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'إكس', href: `https://x.com/intent/post?url=${u}` },
    { name: 'تيليجرام', href: `https://t.me/share/url?url=${u}` },
  ];
}
