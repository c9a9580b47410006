'use client';

import type { Editor } from '@tiptap/react';
import { uploadImage } from './upload-image';

type Button = { label: string; title: string; active?: boolean; run: () => void };

export function EditorToolbar({ editor }: { editor: Editor }) {
  const chain = () => editor.chain().focus();
  const buttons: Button[] = [
    { label: 'B', title: 'غامق', active: editor.isActive('bold'), run: () => chain().toggleBold().run() },
    { label: 'I', title: 'مائل', active: editor.isActive('italic'), run: () => chain().toggleItalic().run() },
    {
      label: 'ع2',
      title: 'عنوان فرعي',
      active: editor.isActive('heading', { level: 2 }),
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      label: 'ع3',
      title: 'عنوان أصغر',
      active: editor.isActive('heading', { level: 3 }),
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      label: '•',
      title: 'قائمة نقطية',
      active: editor.isActive('bulletList'),
      run: () => chain().toggleBulletList().run(),
    },
    {
      label: '1.',
      title: 'قائمة مرقمة',
      active: editor.isActive('orderedList'),
      run: () => chain().toggleOrderedList().run(),
    },
    {
      label: '«»',
      title: 'اقتباس',
      active: editor.isActive('blockquote'),
      run: () => chain().toggleBlockquote().run(),
    },
    {
      label: 'رابط',
      title: 'رابط',
      active: editor.isActive('link'),
      run: () => {
        const href = window.prompt('عنوان الرابط (يبدأ بـ https://)', editor.getAttributes('link').href ?? 'https://');
        if (href === null) return;
        if (href === '') chain().unsetLink().run();
        else chain().extendMarkRange('link').setLink({ href }).run();
      },
    },
    {
      label: 'صورة',
      title: 'صورة داخل النص',
      run: async () => {
        const uploaded = await uploadImage();
        if (!uploaded) return;
        const alt = window.prompt('النص البديل للصورة (وصف لمن لا يراها)') ?? '';
        chain().setImage({ src: uploaded.url, alt }).run();
      },
    },
  ];
  return (
    <div
      role="toolbar"
      aria-label="تنسيق النص"
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-line bg-wash p-1"
    >
      {buttons.map((b) => (
        <button
          key={b.title}
          type="button"
          title={b.title}
          aria-label={b.title}
          aria-pressed={b.active ?? undefined}
          onClick={b.run}
          className={`min-w-9 rounded px-2 py-1 text-sm font-bold ${b.active ? 'bg-ink text-white' : 'hover:bg-white'}`}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
