import { Stack, Tabs, Title } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { RequireArea } from '../../features/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

const TABS = [
  { value: 'employees', label: 'Employees' },
  { value: 'external', label: 'External Users' },
  { value: 'departments', label: 'Departments' },
  { value: 'groups', label: 'User Groups' },
] as const;

/** Settings → Employees & Departments: one tab per list, each its own route. */
export function PeopleLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const tab = TABS.find((t) => pathname.startsWith(`/settings/people/${t.value}`)) ?? TABS[0];
  const current = tab.value;
  // The tab names the page; the drawers and member pages under it keep its title.
  useDocumentTitle(`${tab.label} · Gatehouse`);
  return (
    <RequireArea area="USERS">
      <Stack>
        <Title order={1} size="h2">
          Employees &amp; Departments
        </Title>
        <Tabs value={current} onChange={(value) => value && void navigate(`/settings/people/${value}`)}>
          <Tabs.List>
            {TABS.map((t) => (
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
