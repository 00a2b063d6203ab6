import { MODULE_LABELS } from '@gatehouse/access';
import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';

const LINKS = [
  { to: '/', label: 'Home' },
  { to: '/jobs', label: MODULE_LABELS.JOBS },
  { to: '/incidents', label: MODULE_LABELS.INCIDENTS },
] as const;

/** The main modules, in the left navbar. */
export function MainNav() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main">
      {LINKS.map((link) => (
        <NavLink
          key={link.to}
          component={Link}
          to={link.to}
          label={link.label}
          active={link.to === '/' ? pathname === '/' : pathname.startsWith(link.to)}
        />
      ))}
    </nav>
  );
}
