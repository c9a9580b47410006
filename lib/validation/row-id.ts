import { z } from 'zod';
import { parseId } from '../ids';

/** A row id posted back by a form (lib/ids.ts says what one looks like); `message` if it is not one. */
export const RowId = (message: string) =>
  z.string({ error: message }).transform((text, ctx) => {
    const id = parseId(text);
    if (id === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return id;
  });
