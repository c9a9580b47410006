import { NotFoundMessage } from '@/components/layout/not-found-message';

export const metadata = { title: 'الصفحة غير موجودة', robots: { index: false } };

export default function PublicNotFound() {
  return <NotFoundMessage />;
}
