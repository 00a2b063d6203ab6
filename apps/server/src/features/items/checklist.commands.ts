import type { AccountPrincipal } from '@gatehouse/access';
import { CHECKLIST_ENTRY_MAX_LENGTH, CHECKLIST_MAX_ENTRIES, checkChecklistEntry, problemMessage } from '@gatehouse/contracts';
import type { Reader } from '../../platform/db/reader';
import type { RequestCtx } from '../../platform/graphql/context';
import { DomainError, throwIfAny } from '../../platform/graphql/domain-error';
import { apiTokenName } from '../api-tokens';
import { anyModuleActor, assertNotArchived, authorizeItem } from './item-access';
import * as q from './item.queries';
import type { ItemViewRow } from './item-view.queries';
import { rereadItem } from './item-reread';

/** Cleaned entries; every problem at once. An id must be one of `ownIds` (the item's entries). */
export function checkedChecklist(entries: readonly { id?: string | null; text: string }[], ownIds: ReadonlySet<string>, field = 'entries'): { id: string | null; text: string }[] {
  const errors: DomainError[] = [];
  if (entries.length > CHECKLIST_MAX_ENTRIES) errors.push(new DomainError('INVALID_INPUT', field, `At most ${CHECKLIST_MAX_ENTRIES} entries.`));
  const seen = new Set<string>();
  const checked = entries.map((e, i) => {
    const text = checkChecklistEntry(e.text);
    if (text.problem) errors.push(new DomainError('INVALID_INPUT', field === 'entries' ? `entries.${i}.text` : `${field}.${i}`, problemMessage(text.problem, CHECKLIST_ENTRY_MAX_LENGTH)));
    const id = e.id ?? null;
    if (id !== null && (!ownIds.has(id) || seen.has(id))) errors.push(new DomainError('NOT_FOUND', `${field}.${i}.id`, 'This entry is not on the item’s checklist.'));
    if (id !== null) seen.add(id);
    return { id, text: text.value };
  });
  throwIfAny(errors);
  return checked;
}


/** Makes an item's checklist exactly the given entries, in order; kept entries keep their ticks. */
export async function setItemChecklist(ctx: RequestCtx, input: { itemId: string; entries: readonly { id?: string | null; text: string }[] }): Promise<ItemViewRow> {
  const who = anyModuleActor(ctx);
  return ctx.uow(async (tx) => {
    const item = await q.lockItem(tx, who.accountId, input.itemId);
    const facts = authorizeItem(who, item, 'checklist', 'itemId');
    if (item === null) throw new Error('authorizeItem passed a missing item');
    assertNotArchived(item);
    const current = await q.checklistOf(tx, who.accountId, item.id);
    const entries = checkedChecklist(input.entries, new Set(current.map((c) => c.id)));
    await q.replaceChecklist(tx, who.accountId, item.id, entries);
    const keptIds = new Set(entries.flatMap((e) => (e.id ? [e.id] : [])));
    await tx.audit({
      action: 'item.checklist_changed',
      targetId: item.id,
      data: { module: facts.module, targetName: item.title, entries: { from: current.map((c) => c.text), to: entries.map((e) => e.text) }, removedEntries: current.filter((c) => !keptIds.has(c.id)).length },
    });
    return rereadItem(tx, who, item.id);
  });
}

/** Ticks or unticks one checklist entry as the actor; ticking a ticked entry keeps its first tick. */
export async function setEntryTicked(ctx: RequestCtx, entryId: string, ticked: boolean): Promise<ItemViewRow> {
  const who = anyModuleActor(ctx);
  return ctx.uow(async (tx) => {
    const itemId = await q.itemIdOfEntry(tx, who.accountId, entryId);
    const item = itemId === null ? null : await q.lockItem(tx, who.accountId, itemId);
    const facts = authorizeItem(who, item, 'checklist', 'entryId');
    if (item === null) throw new Error('authorizeItem passed a missing item');
    assertNotArchived(item);
    const changed = ticked ? await q.tickEntry(tx, who.accountId, entryId, who.kind === 'employee' ? who.employeeId : null, await tickerName(tx, who)) : await q.untickEntry(tx, who.accountId, entryId);
    if (changed) {
      const entry = (await q.checklistOf(tx, who.accountId, item.id)).find((c) => c.id === entryId);
      await tx.audit({ action: ticked ? 'item.checklist_ticked' : 'item.checklist_unticked', targetId: item.id, data: { module: facts.module, targetName: item.title, entry: entry?.text ?? '' } });
    }
    return rereadItem(tx, who, item.id);
  });
}

/** The name a tick keeps: the employee's, or for a client app the API token's, marked as one. */
async function tickerName(db: Reader, who: AccountPrincipal): Promise<string> {
  if (who.kind === 'employee') return q.employeeName(db, who.accountId, who.employeeId);
  return `${(await apiTokenName(db, who.accountId, who.apiTokenId)) ?? 'Unknown'} (API token)`;
}
