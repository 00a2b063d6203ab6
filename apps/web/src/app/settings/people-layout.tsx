import { Stack, Tabs, Title } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { RequireArea } from '../../features/auth';

const TABS = [
  { value: 'employees', label: 'Employees' },
  { value: 'departments', label: 'Departments' },
  { value: 'groups', label: 'User Groups' },
] as const;

/** Settings → Employees & Departments: one tab per list, each its own route. */
export function PeopleLayout() {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = TABS.find((t) => pathname.startsWith(`/settings/people/${t.value}`))?.value ?? 'employees';
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
