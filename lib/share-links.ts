// Share targets as plain links: no third-party script runs on our pages.
export function shareLinks(url: string, title: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'واتساب', href: `https://wa.me/?text=${t}%20${u}` },
    { name: 'فيسبوك', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'إكس', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { name: 'تيليجرام', href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}
