'use client';

import { useState } from 'react';
import { FieldError } from '../field';
import { postImage } from './upload-image';

export interface LeadImageValue {
  url: string;
  width: string;
  height: string;
}

/** الصورة الرئيسية: uploaded on choice, its URL and size posted with the form in hidden fields. */
export function LeadImageField({ initial, errors }: { initial: LeadImageValue; errors?: string[] }) {
  const [image, setImage] = useState(initial);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <label className="flex flex-col gap-1">
        <span className="font-bold">الصورة الرئيسية</span>
        <input
          type="file"
          accept="image/jpeg,image/png,image/webp"
          disabled={busy}
          className="text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setBusy(true);
            setMessage('جارٍ رفع الصورة…');
            const result = await postImage(file);
            setBusy(false);
            if (result.ok) {
              setImage({
                url: result.image.url,
                width: String(result.image.width),
                height: String(result.image.height),
              });
              setMessage('رُفعت الصورة.');
            } else setMessage(result.error);
            e.target.value = '';
          }}
        />
      </label>
      <p role="status" className="text-sm text-muted">
        {message}
      </p>
      <FieldError errors={errors} />
      {image.url ? (
        <div className="flex items-start gap-3">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={image.url}
            alt=""
            className="h-24 w-auto rounded border border-line"
            data-testid="lead-image-preview"
          />
          <button
            type="button"
            className="text-sm text-brand underline"
            onClick={() => setImage({ url: '', width: '', height: '' })}
          >
            إزالة الصورة
          </button>
        </div>
      ) : null}
      <input type="hidden" name="leadImageUrl" value={image.url} readOnly />
      <input type="hidden" name="leadImageWidth" value={image.width} readOnly />
      <input type="hidden" name="leadImageHeight" value={image.height} readOnly />
    </div>
  );
}
