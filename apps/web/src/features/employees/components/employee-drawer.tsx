import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useUnsavedChangesGuard } from '../../../ui/unsaved-changes';
import { useLocation, useNavigate } from 'react-router';

/** Navigate back to the list, keeping its filters. */
export function useCloseDrawer(): () => void {
  const navigate = useNavigate();
  const { search } = useLocation();
  return () => void navigate({ pathname: '..', search });
}

/**
 * The right-hand drawer that Add and Edit Employee (and the external user drawers) open in; closing returns to the list as it
 * was, after asking when the form inside holds unsaved changes.
 */
export function EmployeeDrawer({ title, children, size = 980 }: { readonly title: string; readonly children: ReactNode; readonly size?: number }) {
  const close = useCloseDrawer();
  const guard = useUnsavedChangesGuard(close);
  return (
    <>
      <Drawer opened onClose={guard.requestClose} position="right" size={size} title={title} closeButtonProps={{ 'aria-label': 'Close' }}>
        {guard.question}
        <guard.Provider>{children}</guard.Provider>
      </Drawer>
    </>
  );
}
