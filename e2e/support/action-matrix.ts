import type { Role } from '@/db/schema';
import type { CanaryStories } from './canary-stories';

// Who may call each server action, and with what arguments an attacker would try it. Keyed by the
// action's source file and export, as the build's server-reference manifest names it, so that a new
// action is noticed by e2e/action-matrix.spec.ts and fails it until it is classified here.
//
// `nobody` carries a forged session cookie: proxy.ts lets any cookie through, so the action's own
// check is what refuses it. `fresh` is an account of the test's own, signed in by the login action
// itself, for the actions that act on the caller's own account (its password, its session), which a
// shared demo session must not do.

export type Caller = 'nobody' | Role | 'fresh';

export interface Attempt {
  as: Caller;
  /** What the attempt tries, for the failure message. */
  tries: string;
  /** Built just before the attempt is sent, so that versions are current. */
  fields: Record<string, string> | (() => Promise<Record<string, string>>);
  /** `nothing`: refused, no row in scope changes. `change`: allowed; proves the request was well-formed. */
  expect: 'nothing' | 'change';
  /** The page posted to, when not the action's own page (the login form is the only page strangers reach). */
  path?: string;
  /** Page id for the action's `[id]` page. */
  pageId?: number;
}

export interface Targets {
  marker: string;
  stories: CanaryStories;
  /** Current version of an article, read at the moment the attempt is built. */
  version: (id: number) => Promise<number>;
  victim: { id: number };
  disabled: { id: number };
  fresh: { id: number; email: string; password: string; newPassword: string };
  sections: { first: number; second: number };
  sectionId: number;
  /** The demo editor's own id, for the editor promoting themself. */
  editorId: number;
  /** The demo writer's own stories: a draft, and one already sent for review (out of their hands). */
  writersOwn: { draft: number; review: number };
}

const doc = (text: string) =>
  JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export interface ActionRule {
  who: string;
  attempts: (t: Targets) => Attempt[];
  /** logout is a plain form action (formData only); the others take (previousState, formData). */
  withState?: boolean;
}

export type Classification = Record<string, ActionRule>;

const STAFF = 'app/(admin)/admin/(staff)';
const NOT_ADMIN: Caller[] = ['nobody', 'writer', 'editor'];
const NOT_EDITORIAL: Caller[] = ['nobody', 'writer'];

function article(t: Targets, title: string, extra: Record<string, string> = {}) {
  return {
    intent: 'save',
    title: `${title} ${t.marker}`,
    summary: `ملخص ${t.marker} لاختبار الصلاحيات.`,
    body: doc(`نص ${t.marker} لاختبار صلاحيات حفظ المقالات من خارج النموذج.`),
    sectionId: String(t.sectionId),
    ...extra,
  };
}

export const ACTIONS: Classification = {
  [`${STAFF}/articles/save-article.ts#saveArticle`]: {
    who: 'writers their own drafts, unpublished; editors and admins any story',
    attempts: (t) => {
      const { draft, review } = t.stories;
      const editDraft = (title: string) => async () =>
        article(t, title, { id: String(draft.id), version: String(await t.version(draft.id)) });
      return [
        { as: 'nobody', tries: 'create a draft', fields: article(t, 'مسودة غريب'), expect: 'nothing' },
        { as: 'nobody', tries: "edit a writer's draft", fields: editDraft('تعديل غريب'), expect: 'nothing' },
        { as: 'writer', tries: "edit another writer's draft", fields: editDraft('تعديل زميل'), expect: 'nothing' },
        {
          as: 'writer',
          tries: "submit another writer's story in review",
          fields: async () =>
            article(t, 'مراجعة زميل', {
              id: String(review.id),
              version: String(await t.version(review.id)),
              intent: 'submit',
            }),
          expect: 'nothing',
        },
        {
          as: 'writer',
          tries: 'edit their own story once it is in review',
          fields: async () =>
            article(t, 'تعديل بعد الإرسال', {
              id: String(t.writersOwn.review),
              version: String(await t.version(t.writersOwn.review)),
            }),
          expect: 'nothing',
        },
        {
          as: 'writer',
          tries: 'choose the byline',
          fields: article(t, 'توقيع كاتب', { authorId: '1' }),
          expect: 'nothing',
        },
        { as: 'writer', tries: 'publish', fields: article(t, 'نشر كاتب', { intent: 'publish' }), expect: 'nothing' },
        {
          as: 'writer',
          tries: 'schedule',
          fields: article(t, 'جدولة كاتب', { intent: 'schedule', publishAt: '2099-01-01T10:00' }),
          expect: 'nothing',
        },
        { as: 'writer', tries: 'create a draft of their own', fields: article(t, 'مسودة كاتب'), expect: 'change' },
        { as: 'editor', tries: "edit a writer's draft", fields: editDraft('تعديل محرر'), expect: 'change' },
        { as: 'admin', tries: "edit a writer's draft", fields: editDraft('تعديل مدير'), expect: 'change' },
      ];
    },
  },
  [`${STAFF}/articles/status-actions.ts#changeArticleStatus`]: {
    who: 'editors and admins',
    attempts: (t) => {
      const { scheduled, review } = t.stories;
      const unpublish = async () => ({
        id: String(scheduled.id),
        version: String(await t.version(scheduled.id)),
        intent: 'unpublish',
      });
      return [
        ...NOT_EDITORIAL.map((as): Attempt => ({
          as,
          tries: 'unpublish a scheduled story',
          fields: unpublish,
          expect: 'nothing',
          pageId: scheduled.id,
        })),
        {
          as: 'editor',
          tries: 'unpublish a scheduled story',
          fields: unpublish,
          expect: 'change',
          pageId: scheduled.id,
        },
        {
          as: 'admin',
          tries: 'archive a story in review',
          fields: async () => ({
            id: String(review.id),
            version: String(await t.version(review.id)),
            intent: 'archive',
          }),
          expect: 'change',
          pageId: review.id,
        },
      ];
    },
  },
  [`${STAFF}/articles/status-actions.ts#restoreArticleRevision`]: {
    who: 'whoever may edit the story',
    attempts: (t) => {
      const { draft, revisionId } = t.stories;
      const restore = async () => ({
        id: String(draft.id),
        version: String(await t.version(draft.id)),
        revisionId: String(revisionId),
      });
      return [
        ...NOT_EDITORIAL.map((as): Attempt => ({
          as,
          tries: "restore another writer's draft",
          fields: restore,
          expect: 'nothing',
          pageId: draft.id,
        })),
        {
          // The revision is another story's: copying it would hand the writer that story's text.
          as: 'writer',
          tries: "restore another story's revision into their own draft",
          fields: async () => ({
            id: String(t.writersOwn.draft),
            version: String(await t.version(t.writersOwn.draft)),
            revisionId: String(revisionId),
          }),
          expect: 'nothing',
          pageId: t.writersOwn.draft,
        },
        { as: 'editor', tries: "restore a writer's draft", fields: restore, expect: 'change', pageId: draft.id },
        { as: 'admin', tries: "restore a writer's draft", fields: restore, expect: 'change', pageId: draft.id },
      ];
    },
  },
  [`${STAFF}/sections/actions.ts#createSection`]: adminOnly('create a section', (t) => ({
    name: `قسم ${t.marker}`,
    slug: `${t.marker}-new`,
  })),
  [`${STAFF}/sections/actions.ts#updateSection`]: adminOnly('rename a section', (t) => ({
    id: String(t.sections.first),
    name: `قسم معدل ${t.marker}`,
    slug: `${t.marker}-renamed`,
  })),
  [`${STAFF}/sections/actions.ts#moveSection`]: adminOnly('move a section', (t) => ({
    id: String(t.sections.second),
    direction: 'up',
  })),
  [`${STAFF}/users/actions.ts#createUser`]: adminOnly('create an admin account', (t) => ({
    name: 'حساب دخيل',
    email: `${t.marker}-new@bawaba.test`,
    role: 'admin',
    password: `Strong-${t.marker}-Passphrase!`,
  })),
  [`${STAFF}/users/actions.ts#changeUserRole`]: {
    who: 'admins',
    attempts: (t) => [
      ...NOT_ADMIN.map((as): Attempt => ({
        as,
        tries: 'make a writer an admin',
        fields: { userId: String(t.victim.id), role: 'admin' },
        expect: 'nothing',
      })),
      {
        as: 'editor',
        tries: 'make themself an admin',
        fields: { userId: String(t.editorId), role: 'admin' },
        expect: 'nothing',
      },
      {
        as: 'admin',
        tries: 'make a writer an editor',
        fields: { userId: String(t.victim.id), role: 'editor' },
        expect: 'change',
      },
    ],
  },
  [`${STAFF}/users/actions.ts#disableUser`]: adminOnly('disable an account', (t) => ({ userId: String(t.victim.id) })),
  [`${STAFF}/users/actions.ts#enableUser`]: adminOnly('enable a disabled account', (t) => ({
    userId: String(t.disabled.id),
  })),
  [`${STAFF}/users/actions.ts#resetUserPassword`]: adminOnly("reset someone's password", (t) => ({
    userId: String(t.victim.id),
    password: `Reset-${t.marker}-Passphrase!`,
  })),
  [`${STAFF}/account/actions.ts#changeOwnPassword`]: {
    who: 'any member of staff, for their own account, knowing its password',
    attempts: (t) => {
      const aimed = { userId: String(t.victim.id), id: String(t.victim.id), email: `${t.marker}-victim@bawaba.test` };
      const guess = {
        ...aimed,
        currentPassword: 'not-the-password',
        newPassword: t.fresh.newPassword,
        confirmPassword: t.fresh.newPassword,
      };
      return [
        { as: 'nobody', tries: "change a colleague's password", fields: guess, expect: 'nothing' },
        ...(['writer', 'editor', 'admin'] as const).map((as): Attempt => ({
          as,
          tries: "change a colleague's password",
          fields: guess,
          expect: 'nothing',
        })),
        {
          as: 'fresh',
          tries: 'change their own password',
          fields: {
            ...aimed,
            currentPassword: t.fresh.password,
            newPassword: t.fresh.newPassword,
            confirmPassword: t.fresh.newPassword,
          },
          expect: 'change',
        },
      ];
    },
  },
  'app/(admin)/admin/login/actions.ts#login': {
    who: 'anyone (throttled; tests/integration/login-throttle.test.ts)',
    attempts: (t): Attempt[] => [
      {
        as: 'nobody',
        tries: 'sign in without a password',
        fields: { email: t.fresh.email, password: '' },
        expect: 'nothing',
        path: '/admin/login',
      },
      {
        as: 'fresh',
        tries: 'sign in',
        fields: { email: t.fresh.email, password: t.fresh.password, next: '/admin' },
        expect: 'change',
        path: '/admin/login',
      },
    ],
  },
  'app/(admin)/admin/login/actions.ts#logout': {
    // The demo roles are not tried: logging them out would end the suite's shared sessions, and the
    // action takes no argument that could name anyone else's.
    who: 'anyone, ending only their own session',
    withState: false,
    attempts: (t) => [
      { as: 'nobody', tries: 'log someone out', fields: { userId: String(t.fresh.id) }, expect: 'nothing' },
      { as: 'fresh', tries: 'log out', fields: { userId: String(t.victim.id) }, expect: 'change' },
    ],
  },
};

function adminOnly(tries: string, fields: (t: Targets) => Record<string, string>) {
  return {
    who: 'admins',
    attempts: (t: Targets): Attempt[] => [
      ...NOT_ADMIN.map((as): Attempt => ({ as, tries, fields: fields(t), expect: 'nothing' })),
      { as: 'admin', tries, fields: fields(t), expect: 'change' },
    ],
  };
}
