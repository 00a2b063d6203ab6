import { useState } from 'react';

/** One empty selection for every list, so clearing an empty one does not render again. */
const NONE: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * The rows a list page has selected, whole (so the selection can reach past the page and
 * dialogs can name whom they act on), kept in the order they were chosen.
 */
export function useRowSelection<R extends { readonly id: string }>() {
  const [selected, setSelected] = useState<ReadonlyMap<string, R>>(NONE);
  return {
    selected,
    /** The selected rows, in the order they were chosen. */
    chosen: [...selected.values()],
    /** Adds `rows` to the selection, or takes them out. */
    select: (rows: readonly R[], on: boolean) =>
      setSelected((prev) => {
        const next = new Map(prev);
        for (const row of rows) {
          if (on) next.set(row.id, row);
          else next.delete(row.id);
        }
        return next;
      }),
    /** Selects exactly `rows`. */
    replace: (rows: readonly R[]) => setSelected(new Map(rows.map((r) => [r.id, r]))),
    clear: () => setSelected(NONE),
  };
}
