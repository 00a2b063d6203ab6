import type DataLoader from 'dataloader';
import type { Reader } from '../../platform/db/reader';
import { countsById } from '../../platform/graphql/batch-loaders';

export interface ItemLoaders {
  /** Open, not archived items each external user is assigned to. */
  openItemCountOfExternalUser: DataLoader<string, number>;
}

/** This request's item loaders. */
export function createItemLoaders(db: Reader, accountId: string | null): ItemLoaders {
  return {
    openItemCountOfExternalUser: countsById(accountId, async (a, ids) => {
      // One index range of item_external_assignments_external_user_idx per external user on the page.
      const rows: { id: string; n: number }[] = await db.query(
        `SELECT xa.external_user_id AS id, count(*)::int AS n
           FROM item_external_assignments xa JOIN items i ON i.id = xa.item_id
          WHERE xa.account_id = $1 AND xa.external_user_id = ANY($2::uuid[]) AND i.status = 'OPEN' AND NOT i.is_archived
          GROUP BY xa.external_user_id`,
        [a, ids],
      );
      return new Map(rows.map((r) => [r.id, r.n]));
    }),
  };
}
