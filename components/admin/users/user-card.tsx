import Link from 'next/link';
import { formatDateline, toCairoIso } from '@/lib/cairo-time';
import { ROLE_NAMES, type Role } from '@/lib/roles';
import type { FormAction } from './form-parts';
import { UserActiveForm } from './user-active-form';
import { UserPasswordForm } from './user-password-form';
import { UserRoleForm } from './user-role-form';

export interface UserCardData {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lastLoginAt: Date | null;
}

export interface UserActions {
  changeRole: FormAction;
  disable: FormAction;
  enable: FormAction;
  resetPassword: FormAction;
}

/** One account: who, role, state, last login (Cairo time), and the admin's controls over it. */
export function UserCard({ user, self, actions }: { user: UserCardData; self: boolean; actions: UserActions }) {
  const headingId = `user-${user.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className={`flex flex-col gap-3 rounded bg-white p-4 ${user.active ? '' : 'opacity-75'}`}
    >
      <h2 id={headingId} className="text-lg font-bold">
        {user.name}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">البريد الإلكتروني</dt>
        <dd>
          <bdi dir="ltr">{user.email}</bdi>
        </dd>
        <dt className="text-muted">الدور</dt>
        <dd data-testid="user-role">{ROLE_NAMES[user.role]}</dd>
        <dt className="text-muted">الحالة</dt>
        <dd data-testid="user-state">{user.active ? 'نشط' : 'معطّل'}</dd>
        <dt className="text-muted">آخر دخول</dt>
        <dd>
          {user.lastLoginAt ? (
            <time dir="ltr" dateTime={toCairoIso(user.lastLoginAt)}>
              {formatDateline(user.lastLoginAt)}
            </time>
          ) : (
            'لم يسجّل الدخول بعد'
          )}
        </dd>
      </dl>
      {self ? (
        <p className="text-sm text-muted">
          هذا حسابك: لا تغيّر دورك أو تعطّله بنفسك.{' '}
          <Link href="/admin/account" className="text-brand underline">
            غيّر كلمة مرورك من هنا
          </Link>
          .
        </p>
      ) : (
        <div className="flex flex-wrap items-start gap-6 border-t border-line pt-3">
          <UserRoleForm userId={user.id} role={user.role} action={actions.changeRole} />
          <UserPasswordForm userId={user.id} action={actions.resetPassword} />
          <UserActiveForm userId={user.id} active={user.active} disable={actions.disable} enable={actions.enable} />
        </div>
      )}
    </section>
  );
}
