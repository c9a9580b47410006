import type { Metadata } from 'next';
import { UserCard } from '@/components/admin/users/user-card';
import { UserCreateForm } from '@/components/admin/users/user-create-form';
import { requireStaffPage } from '@/auth/guard';
import { listStaffUsers } from '@/db/queries/admin-users';
import { changeUserRole, createUser, disableUser, enableUser, resetUserPassword } from './actions';

export const metadata: Metadata = { title: 'المستخدمون' };

const actions = {
  changeRole: changeUserRole,
  disable: disableUser,
  enable: enableUser,
  resetPassword: resetUserPassword,
};

export default async function UsersPage() {
  const me = await requireStaffPage('admin', '/admin/users');
  const users = await listStaffUsers();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">المستخدمون</h1>
      <p className="mb-4 text-sm text-muted">تغيير الدور أو كلمة المرور أو تعطيل الحساب ينهي جلسات صاحبه فورًا.</p>
      <div className="mb-6 flex flex-col gap-3">
        {users.map((user) => (
          <UserCard key={user.id} user={user} self={user.id === me.id} actions={actions} />
        ))}
      </div>
      <UserCreateForm action={createUser} />
    </>
  );
}
