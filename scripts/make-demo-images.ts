// Draws the demo newspaper's section illustrations (public/demo/*.webp, 1200 pixels wide), their
// smaller renditions (public/demo/renditions/*-<width>.webp, which pages list in srcset as they do an
// upload's) and their 16:9, 4:3 and 1:1 crops (public/demo/crops/*.jpg, cut as uploads are, for
// structured data, Open Graph and feeds). Run once by hand when the drawings change
// (`npx tsx --conditions=react-server scripts/make-demo-images.ts`: the media module is server-only);
// the outputs are committed so that a fresh clone needs no image tooling and no request ever crops or resizes.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { demoCropFile } from '../lib/image-crops';
import { demoRenditionPath, RENDITION_WIDTHS } from '../lib/image-renditions';
import { cropImage } from '../modules/media';

const W = 1200;
const H = 675;

const frame = (bg1: string, bg2: string, body: string) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${bg1}"/><stop offset="1" stop-color="${bg2}"/></linearGradient></defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>${body}
</svg>`;

const drawings: Record<string, string> = {
  egypt: frame(
    '#f59e0b',
    '#7c2d12',
    `
    <circle cx="900" cy="260" r="90" fill="#fde68a" opacity="0.9"/>
    <polygon points="180,520 420,200 660,520" fill="#92400e"/><polygon points="420,200 660,520 520,520" fill="#78350f"/>
    <polygon points="560,520 740,290 920,520" fill="#a16207"/><polygon points="880,520 980,390 1080,520" fill="#854d0e"/>
    <path d="M0 560 C 300 520, 600 600, 1200 550 L1200 675 L0 675 Z" fill="#1e3a8a"/>
    <path d="M0 600 C 400 570, 800 640, 1200 600" stroke="#93c5fd" stroke-width="6" fill="none" opacity="0.6"/>`,
  ),
  'arab-world': frame(
    '#0f172a',
    '#1e3a8a',
    `
    <circle cx="600" cy="337" r="230" fill="#0ea5e9" opacity="0.9"/>
    ${[-150, -75, 0, 75, 150].map((dy) => `<ellipse cx="600" cy="${337 + dy}" rx="${Math.sqrt(230 ** 2 - dy ** 2)}" ry="14" fill="none" stroke="#e0f2fe" stroke-width="3" opacity="0.7"/>`).join('')}
    ${[60, 120, 180].map((rx) => `<ellipse cx="600" cy="337" rx="${rx}" ry="230" fill="none" stroke="#e0f2fe" stroke-width="3" opacity="0.7"/>`).join('')}
    <line x1="600" y1="107" x2="600" y2="567" stroke="#e0f2fe" stroke-width="3" opacity="0.7"/>`,
  ),
  economy: frame(
    '#064e3b',
    '#022c22',
    `
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${200 + i * 140}" y="${520 - (i + 1) * 60}" width="90" height="${(i + 1) * 60}" rx="8" fill="#34d399" opacity="${0.5 + i * 0.08}"/>`).join('')}
    <polyline points="200,470 340,420 480,430 620,330 760,280 900,170 1040,120" fill="none" stroke="#fde047" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>
    <polygon points="1040,120 1000,112 1030,150" fill="#fde047"/>
    <line x1="160" y1="520" x2="1080" y2="520" stroke="#a7f3d0" stroke-width="4"/>`,
  ),
  sports: frame(
    '#15803d',
    '#166534',
    `
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${i * 200}" y="0" width="100" height="${H}" fill="#16a34a" opacity="0.5"/>`).join('')}
    <rect x="60" y="60" width="1080" height="555" fill="none" stroke="#f0fdf4" stroke-width="6"/>
    <line x1="600" y1="60" x2="600" y2="615" stroke="#f0fdf4" stroke-width="6"/>
    <circle cx="600" cy="337" r="90" fill="none" stroke="#f0fdf4" stroke-width="6"/>
    <rect x="60" y="217" width="140" height="240" fill="none" stroke="#f0fdf4" stroke-width="6"/>
    <rect x="1000" y="217" width="140" height="240" fill="none" stroke="#f0fdf4" stroke-width="6"/>
    <circle cx="600" cy="337" r="14" fill="#ffffff"/>`,
  ),
  culture: frame(
    '#4c1d95',
    '#1e1b4b',
    `
    <path d="M250 480 Q 420 420 590 480 L590 200 Q 420 140 250 200 Z" fill="#f5f3ff"/>
    <path d="M610 480 Q 780 420 950 480 L950 200 Q 780 140 610 200 Z" fill="#ede9fe"/>
    ${[240, 280, 320, 360, 400].map((y) => `<line x1="290" y1="${y}" x2="550" y2="${y - 10}" stroke="#a78bfa" stroke-width="5"/><line x1="650" y1="${y - 10}" x2="910" y2="${y}" stroke="#a78bfa" stroke-width="5"/>`).join('')}
    <rect x="0" y="540" width="${W}" height="90" fill="#111827"/>
    ${Array.from({ length: 20 }, (_, i) => `<rect x="${20 + i * 60}" y="552" width="30" height="16" rx="3" fill="#e5e7eb"/><rect x="${20 + i * 60}" y="602" width="30" height="16" rx="3" fill="#e5e7eb"/>`).join('')}`,
  ),
  accidents: frame(
    '#111827',
    '#374151',
    `
    <polygon points="420,675 560,250 640,250 780,675" fill="#1f2937"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="${594 - i * 2}" y="${280 + i * 100}" width="${12 + i * 4}" height="${40 + i * 20}" fill="#f9fafb"/>`).join('')}
    <circle cx="980" cy="140" r="50" fill="#fef3c7" opacity="0.8"/>
    <rect x="150" y="300" width="40" height="375" fill="#4b5563"/><circle cx="170" cy="290" r="30" fill="#fbbf24" opacity="0.8"/>`,
  ),
  technology: frame(
    '#0c4a6e',
    '#082f49',
    `
    <rect x="450" y="187" width="300" height="300" rx="24" fill="#0e7490" stroke="#67e8f9" stroke-width="6"/>
    ${[0, 1, 2, 3, 4]
      .map(
        (
          i,
        ) => `<line x1="${480 + i * 60}" y1="187" x2="${480 + i * 60}" y2="80" stroke="#67e8f9" stroke-width="5"/><circle cx="${480 + i * 60}" cy="70" r="10" fill="#a5f3fc"/>
      <line x1="${480 + i * 60}" y1="487" x2="${480 + i * 60}" y2="595" stroke="#67e8f9" stroke-width="5"/><circle cx="${480 + i * 60}" cy="605" r="10" fill="#a5f3fc"/>
      <line x1="450" y1="${217 + i * 60}" x2="250" y2="${217 + i * 60}" stroke="#67e8f9" stroke-width="5"/><circle cx="240" cy="${217 + i * 60}" r="10" fill="#a5f3fc"/>
      <line x1="750" y1="${217 + i * 60}" x2="950" y2="${217 + i * 60}" stroke="#67e8f9" stroke-width="5"/><circle cx="960" cy="${217 + i * 60}" r="10" fill="#a5f3fc"/>`,
      )
      .join('')}`,
  ),
  opinion: frame(
    '#fef3c7',
    '#fde68a',
    `
    <rect x="330" y="110" width="540" height="460" rx="10" fill="#fffbeb" stroke="#d6d3d1" stroke-width="4"/>
    ${[190, 250, 310, 370, 430].map((y) => `<line x1="380" y1="${y}" x2="820" y2="${y}" stroke="#a8a29e" stroke-width="5"/>`).join('')}
    <g transform="rotate(-35 760 420)"><rect x="560" y="400" width="380" height="40" rx="12" fill="#1f2937"/><polygon points="560,400 500,420 560,440" fill="#b45309"/></g>
    <text x="170" y="250" font-size="220" font-family="serif" fill="#b91c1c">"</text>`,
  ),
};

const outDir = path.join(process.cwd(), 'public', 'demo');
await mkdir(path.join(outDir, 'crops'), { recursive: true });
await mkdir(path.join(outDir, 'renditions'), { recursive: true });
for (const [name, svg] of Object.entries(drawings)) {
  const file = path.join(outDir, `${name}.webp`);
  const info = await sharp(Buffer.from(svg)).webp({ quality: 78 }).toFile(file);
  console.log(`${file} ${info.width}x${info.height} ${(info.size / 1024).toFixed(1)} KiB`);
  for (const width of RENDITION_WIDTHS.filter((w) => w < W)) {
    const rendition = path.join(process.cwd(), 'public', demoRenditionPath(name, width));
    const made = await sharp(Buffer.from(svg), { density: (72 * width) / W })
      .webp({ quality: 78 })
      .toFile(rendition);
    console.log(`${rendition} ${made.width}x${made.height} ${(made.size / 1024).toFixed(1)} KiB`);
  }
  // Crops from the drawing at twice its size, so the square one is not an upscale of 675 pixels.
  const large = await sharp(Buffer.from(svg), { density: 144 }).png().toBuffer();
  for (const crop of await cropImage(large)) {
    const cropFile = path.join(outDir, 'crops', demoCropFile(name, crop.ratio));
    await writeFile(cropFile, crop.bytes);
    console.log(`${cropFile} ${crop.width}x${crop.height} ${(crop.bytes.byteLength / 1024).toFixed(1)} KiB`);
  }
}
