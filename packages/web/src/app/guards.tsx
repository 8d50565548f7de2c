import type { Permission } from '@antikor/core';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { FullPageSpin } from '../components/full-page-spin';
import { useAuth } from './auth-context';

/** Sends anonymous visitors to the sign-in page and users with a temporary password to change it. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <FullPageSpin />;
  if (user === null) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (user.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return <>{children}</>;
}

/** Shows a page only to users whose roles grant the permission (the server checks it again). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  if (!can(permission)) {
    return <Result status="403" title="Нет доступа" subTitle="Ваши роли не позволяют открыть этот раздел." />;
  }
  return <>{children}</>;
}
