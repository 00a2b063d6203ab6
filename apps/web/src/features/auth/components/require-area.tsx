import type { SettingsArea } from '@gatehouse/access';
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageLoader } from '../../../ui/page-loader';
import { useViewer } from '../hooks/use-viewer';
import { viewerCanManage } from '../viewer-access';

/** Shows settings pages only to people whose role manages `area`; the server enforces it too. */
export function RequireArea({ area, children }: { readonly area: SettingsArea; readonly children: ReactNode }) {
  const { viewer, loading } = useViewer();
  if (viewerCanManage(viewer, area)) return children;
  // Neither the page nor "No access" until we know who is asking.
  if (loading && !viewer) return <PageLoader label="Checking your access" />;
  return (
    <Alert color="yellow" title="No access">
      Your role does not include these settings. Ask an account admin if you need them.
    </Alert>
  );
}
