'use client';

import Image from '@tiptap/extension-image';
import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useState } from 'react';
import { EditorToolbar } from './editor-toolbar';

/**
 * النص: a right-to-left rich-text editor whose document (Tiptap JSON) is posted with the form in a
 * hidden field. The server sanitizes it into the body model the public renderer reads.
 */
export function RichTextEditor({
  name,
  initial,
  labelId,
  invalid,
}: {
  name: string;
  initial: JSONContent;
  labelId: string;
  invalid: boolean;
}) {
  const [json, setJson] = useState(() => JSON.stringify(initial));
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
      }),
      Image.configure({ inline: false }),
    ],
    content: initial,
    editorProps: {
      attributes: {
        dir: 'rtl',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        class: 'article-body min-h-64 rounded-b border border-line bg-white p-3 focus:outline-none',
      },
    },
    onUpdate: ({ editor: e }) => setJson(JSON.stringify(e.getJSON())),
  });
  return (
    <div>
      {editor ? <EditorToolbar editor={editor} /> : null}
      {editor ? <EditorContent editor={editor} /> : <div className="min-h-64 rounded border border-line bg-white" />}
      {/* Controlled, so a form reset after the action never empties it. */}
      <input type="hidden" name={name} value={json} readOnly />
    </div>
  );
}
