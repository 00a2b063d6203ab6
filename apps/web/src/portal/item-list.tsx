import type { Home } from './portal-api';
import { formatDue } from './due';

/** An external user's own items (only theirs: the server lists their assignments). */
export function ItemList({ home, onOpen }: { home: Home; onOpen: (itemId: string) => void }) {
  return (
    <div className="card">
      <h1>Hello {home.firstName}</h1>
      {home.items.length === 0 ? (
        <p>You have no jobs or incidents assigned at the moment.</p>
      ) : (
        <>
          <p className="muted">Your jobs and incidents</p>
          <ul className="items">
            {home.items.map((item) => (
              <li key={item.id}>
                <a
                  href={`/portal/items/${encodeURIComponent(item.id)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onOpen(item.id);
                  }}
                >
                  <strong>{item.title}</strong>
                  <span className="who">
                    {item.kind} · {item.status === 'COMPLETED' ? 'completed' : `${item.ticked} of ${item.entries} done`}
                    {item.dueAt ? ` · due ${formatDue(item.dueAt)}` : ''}
                    {item.pastDue ? ' · past due' : ''}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
