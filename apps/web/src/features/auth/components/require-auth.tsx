import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSessionRefresh } from '../../../lib/session-context';
import { PageLoader } from '../../../ui/page-loader';
import { useViewer } from '../hooks/use-viewer';

/**
 * Renders its children for a logged-in person. Nobody logged in: try the refresh
 * cookie once (the access token may just have expired), then go to /login.
 */
export function RequireAuth({ children }: { readonly children: ReactNode }) {
  const { viewer, loading, refetch } = useViewer();
  const refresh = useSessionRefresh();
  const location = useLocation();
  const [refreshState, setRefreshState] = useState<'idle' | 'trying' | 'done'>('idle');
  const needsRefresh = !loading && viewer === null && refreshState === 'idle';

  useEffect(() => {
    if (!needsRefresh) return;
    setRefreshState('trying');
    void refresh().then(async (ok) => {
      if (ok) await refetch();
      setRefreshState('done');
    });
  }, [needsRefresh, refresh, refetch]);

  if (viewer) return children;
  if (!loading && refreshState === 'done') {
    const next = `${location.pathname}${location.search}`;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <PageLoader label="Checking your session" />;
}
