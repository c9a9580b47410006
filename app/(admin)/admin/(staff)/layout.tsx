import type { ReactNode } from 'react';
import { AdminHeader } from '@/components/admin/admin-header';
import { requireStaffPage } from '@/auth/guard';
import { logout } from '../login/actions';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  // Pages re-check too (a layout does not re-run on every navigation); this gates the chrome.
  const staff = await requireStaffPage('writer', '/admin');
  return (
    <>
      <AdminHeader name={staff.name} role={staff.role} logout={logout} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
