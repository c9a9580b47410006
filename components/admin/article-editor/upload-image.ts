'use client';

export interface UploadedImage {
  url: string;
  width: number;
  height: number;
}

/** Sends one image to /api/uploads; the server sniffs, limits and re-encodes it. */
export async function postImage(
  file: File,
): Promise<{ ok: true; image: UploadedImage } | { ok: false; error: string }> {
  const body = new FormData();
  body.set('file', file);
  try {
    const res = await fetch('/api/uploads', { method: 'POST', body });
    const data = (await res.json().catch(() => ({}))) as Partial<UploadedImage> & { error?: string };
    if (!res.ok || !data.url) return { ok: false, error: data.error ?? 'تعذر رفع الصورة؛ أعد المحاولة.' };
    return { ok: true, image: { url: data.url, width: data.width ?? 1200, height: data.height ?? 675 } };
  } catch {
    return { ok: false, error: 'تعذر الاتصال بالخادم لرفع الصورة.' };
  }
}

/** Opens a file picker and uploads the chosen image; null when cancelled or refused (with a message). */
export function uploadImage(): Promise<UploadedImage | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/jpeg,image/png,image/webp';
    input.onchange = async () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      const result = await postImage(file);
      if (!result.ok) window.alert(result.error);
      resolve(result.ok ? result.image : null);
    };
    input.click();
  });
}
