import localFont from 'next/font/local';

// Cairo, self-hosted from @fontsource (no font download at build or run time). Only the Arabic
// subset: Latin words fall back to the system sans, which saves a download on every phone.
export const cairo = localFont({
  src: [
    { path: '../node_modules/@fontsource/cairo/files/cairo-arabic-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/cairo/files/cairo-arabic-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-cairo',
  display: 'swap',
  fallback: ['Tahoma', 'Arial', 'sans-serif'],
});
