/*
 * The few line icons the lists' row actions use, drawn inline so the app needs no icon
 * package. Decorative: the button around each carries the accessible name.
 */
const frame = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

export function MembersIcon() {
  return (
    <svg {...frame} aria-hidden focusable="false">
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" />
      <path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14.3c2.1.7 3.5 2.8 3.5 5.7" />
    </svg>
  );
}

export function EditIcon() {
  return (
    <svg {...frame} aria-hidden focusable="false">
      <path d="M4 20h4L19 9l-4-4L4 16v4z" />
      <path d="M13.5 6.5l4 4" />
    </svg>
  );
}

export function DeleteIcon() {
  return (
    <svg {...frame} aria-hidden focusable="false">
      <path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />
    </svg>
  );
}
