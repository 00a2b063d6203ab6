import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** Navigate back to the list, keeping its filters. */
export function useCloseDrawer(): () => void {
  const navigate = useNavigate();
  const { search } = useLocation();
  return () => void navigate({ pathname: '..', search });
}

/** The right-hand drawer that Add and Edit Employee open in; closing returns to the list as it was. */
export function EmployeeDrawer({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const close = useCloseDrawer();
  return (
    <Drawer opened onClose={close} position="right" size={980} title={title}>
      {children}
    </Drawer>
  );
}
