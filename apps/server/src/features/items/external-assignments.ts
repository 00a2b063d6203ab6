import type { ModuleKey } from '@gatehouse/access';
import { hashToken, newToken } from '../../platform/auth/secrets';
import type { Tx } from '../../platform/db/unit-of-work';
import type { MailTemplateData } from '../../platform/mail/mail-templates';

/** What the portal link's email calls an item of each module. */
const ITEM_KIND: Readonly<Record<ModuleKey, MailTemplateData['portal_link']['itemKind']>> = { JOBS: 'job', INCIDENTS: 'incident' };

/**
 * Makes the item's external assignees exactly `wanted` (ids already checked to be the account's).
 * Removed assignments are deleted with their link; each new one gets a fresh link token (256
 * bits from the CSPRNG, only its hash stored) and an email carrying it, in this transaction.
 */
export async function replaceExternalAssignments(
  tx: Tx,
  accountId: string,
  item: { id: string; title: string; module: ModuleKey },
  current: readonly string[],
  wanted: readonly string[],
  now: Date,
): Promise<void> {
  await tx.query('DELETE FROM item_external_assignments WHERE account_id = $1 AND item_id = $2 AND NOT (external_user_id = ANY($3::uuid[]))', [accountId, item.id, wanted]);
  const added = wanted.filter((id) => !current.includes(id));
  if (added.length === 0) return;
  const tokens = added.map(() => newToken());
  const people: { id: string; email: string; first_name: string }[] = await tx.query(
    `WITH added AS (
       INSERT INTO item_external_assignments (item_id, external_user_id, account_id, token_hash, assigned_at)
       SELECT $2, a.external_user_id, $1, a.token_hash, $5 FROM unnest($3::uuid[], $4::text[]) AS a(external_user_id, token_hash)
       RETURNING external_user_id)
     SELECT x.id, x.email, x.first_name FROM added JOIN external_users x ON x.id = added.external_user_id`,
    [accountId, item.id, added, tokens.map(hashToken), now],
  );
  await tx.mail(
    ...people.map((person) => ({
      accountId,
      to: person.email,
      template: 'portal_link' as const,
      data: { firstName: person.first_name, itemKind: ITEM_KIND[item.module], itemTitle: item.title, token: tokens[added.indexOf(person.id)] ?? '' },
    })),
  );
}

/** Removes external users from every item of the account; returns, per item, who was removed. */
export function removeExternalAssignees(tx: Tx, accountId: string, externalUserIds: readonly string[]): Promise<{ item_id: string; title: string; module: ModuleKey; external_user_ids: string[] }[]> {
  return tx.query(
    `WITH removed AS (DELETE FROM item_external_assignments WHERE account_id = $1 AND external_user_id = ANY($2::uuid[]) RETURNING item_id, external_user_id)
     SELECT r.item_id, i.title, i.module, array_agg(r.external_user_id ORDER BY r.external_user_id) AS external_user_ids
       FROM removed r JOIN items i ON i.id = r.item_id GROUP BY r.item_id, i.title, i.module`,
    [accountId, externalUserIds],
  );
}

/**
 * Promote to employee: every assignment of the external user becomes an assignment of the new
 * employee, and their ticks point to the employee (time and name as they were).
 */
export async function moveExternalAssignmentsToEmployee(tx: Tx, handover: { accountId: string; externalUserId: string; employeeId: string }): Promise<void> {
  const { accountId, externalUserId, employeeId } = handover;
  await tx.query(
    `WITH moved AS (DELETE FROM item_external_assignments WHERE account_id = $1 AND external_user_id = $2 RETURNING item_id)
     INSERT INTO item_employee_assignments (item_id, employee_id, account_id) SELECT item_id, $3, $1 FROM moved ON CONFLICT DO NOTHING`,
    [accountId, externalUserId, employeeId],
  );
  await tx.query(
    'UPDATE item_checklist_entries SET ticked_by_employee_id = $3, ticked_by_external_user_id = NULL WHERE account_id = $1 AND ticked_by_external_user_id = $2',
    [accountId, externalUserId, employeeId],
  );
}
