import 'next-auth/jwt';
import type { DefaultSession } from 'next-auth';
import type { Role } from '@/lib/roles';

declare module 'next-auth' {
  interface User {
    role?: Role;
    sessionVersion?: number;
    sessionId?: string;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number; sessionId: string } & DefaultSession['user'];
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
    sv?: number;
    sid?: string;
  }
}
