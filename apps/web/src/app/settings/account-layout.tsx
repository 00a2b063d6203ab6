import { Stack, Tabs, Title } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { API_TOKENS_TAB } from '../../features/api-tokens';
import { RequireArea } from '../../features/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * The tabs of Account Settings, one per route under /settings/account. A feature that adds
 * a tab adds its entry here and its route to `accountSettingsRoutes` in the router.
 */
export const ACCOUNT_SETTINGS_TABS: readonly { readonly value: string; readonly label: string }[] = [{ value: 'general', label: 'General' }, API_TOKENS_TAB];

/** Settings → Account: what only an ACCOUNT_ADMIN changes, one tab per route. */
export function AccountLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab = ACCOUNT_SETTINGS_TABS.find((t) => pathname.startsWith(`/settings/account/${t.value}`)) ?? ACCOUNT_SETTINGS_TABS[0];
  useDocumentTitle(`${tab?.label ?? 'Account Settings'} · Gatehouse`);
  return (
    <RequireArea area="ACCOUNT">
      <Stack>
        <Title order={1} size="h2">
          Account Settings
        </Title>
        <Tabs value={tab?.value ?? null} onChange={(value) => value && void navigate(`/settings/account/${value}`)}>
          <Tabs.List>
            {ACCOUNT_SETTINGS_TABS.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <Outlet />
      </Stack>
    </RequireArea>
  );
}
