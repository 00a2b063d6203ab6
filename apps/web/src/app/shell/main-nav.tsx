import { MODULE_LABELS } from '@gatehouse/access';
import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useViewer } from '../../features/auth';
import { accessibleModules, modulePath } from '../../features/items';

/** The main modules, in the left navbar: Home, then each module of the registry the viewer may open. */
export function MainNav() {
  const { pathname } = useLocation();
  const { viewer } = useViewer();
  const links = [{ to: '/', label: 'Home' }, ...accessibleModules(viewer).map((m) => ({ to: modulePath(m), label: MODULE_LABELS[m] }))];
  return (
    <nav aria-label="Main">
      {links.map((link) => (
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
