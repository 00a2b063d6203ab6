import type { ModuleKey } from '@gatehouse/access';
import { SEARCH_MAX_LENGTH } from '@gatehouse/contracts';
import { MaxLength } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import { ModuleKeyEnum } from '../../platform/graphql/access-enums';
import { PageArgs, type Connection } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { toPayload } from '../../platform/graphql/payload';
import { setEntryTicked, setItemChecklist } from './checklist.commands';
import { archiveItem, createItem, deleteItem, setItemStatus, updateItem } from './item.commands';
import {
  ArchiveItemInput,
  ChecklistEntryIdInput,
  CreateItemInput,
  DeleteItemPayload,
  ItemFilter,
  ItemIdInput,
  ItemOrder,
  ItemPayload,
  SetItemChecklistInput,
  UpdateItemInput,
} from './item.inputs';
import { itemById, itemChoicesFor, itemsPage } from './item.reads';
import { ItemChoicesType, ItemConnection, ItemType, presentItem } from './item.types';
import type { ItemViewRow } from './item-view.queries';

@ArgsType()
class ItemChoicesArgs {
  @Field(() => ModuleKeyEnum, { description: 'The module whose form asks.' })
  module: ModuleKey;

  @Field(() => String, { nullable: true, description: 'Part of an employee’s name or email; without it, the first 50 by surname.' })
  @MaxLength(SEARCH_MAX_LENGTH)
  employeeSearch?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of an external user’s name or email; without it, the first 50 by last name.' })
  @MaxLength(SEARCH_MAX_LENGTH)
  externalUserSearch?: string | null;
}

@Resolver(() => ItemType)
export class ItemResolver {
  @Query(() => ItemConnection, { description: 'The items of a module the viewer may see (their module permissions decide). Needs access to the module.' })
  items(
    @Args() page: PageArgs,
    @Arg('module', () => ModuleKeyEnum, { description: 'Which module: jobs or incidents.' }) module: ModuleKey,
    @Arg('filter', () => ItemFilter, { nullable: true, description: 'Narrow the list; archived items are left out unless asked for.' }) filter: ItemFilter | null,
    @Arg('orderBy', () => ItemOrder, { nullable: true, description: 'Sort order; by due date when omitted.' }) orderBy: ItemOrder | null,
    @Ctx() ctx: RequestCtx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ItemType>> {
    return itemsPage(ctx, { ...page, module, filter, orderBy }, info);
  }

  @Query(() => ItemType, { nullable: true, description: 'One item; null when it does not exist or the viewer may not see it.' })
  item(@Arg('id', () => ID, { description: 'The item.' }) id: string, @Ctx() ctx: RequestCtx): Promise<ItemType | null> {
    return itemById(ctx, id);
  }

  @Query(() => ItemChoicesType, { description: 'Departments, user groups, employees and external users the item form of a module offers. Needs access to the module.' })
  itemChoices(@Args() args: ItemChoicesArgs, @Ctx() ctx: RequestCtx): Promise<ItemChoicesType> {
    return itemChoicesFor(ctx, args.module, args.employeeSearch ?? null, args.externalUserSearch ?? null);
  }

  @Mutation(() => ItemPayload, { description: 'Create a job or incident the creator may edit (their department, group or assignment, at one of their edit levels).' })
  createItem(@Arg('input', { description: 'The item.' }) input: CreateItemInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => createItem(ctx, input), (row) => itemPayload(row, ctx));
  }

  @Mutation(() => ItemPayload, { description: 'Edit an item’s fields, links included. Needs edit rights on it before and after.' })
  updateItem(@Arg('input', { description: 'The change.' }) input: UpdateItemInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => updateItem(ctx, input), (row) => itemPayload(row, ctx));
  }

  @Mutation(() => ItemPayload, { description: 'Mark an item completed. Needs edit rights.' })
  completeItem(@Arg('input', { description: 'The item.' }) input: ItemIdInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => setItemStatus(ctx, input.id, 'COMPLETED'), (row) => itemPayload(row, ctx));
  }

  @Mutation(() => ItemPayload, { description: 'Make a completed item open again. Needs edit rights.' })
  reopenItem(@Arg('input', { description: 'The item.' }) input: ItemIdInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => setItemStatus(ctx, input.id, 'OPEN'), (row) => itemPayload(row, ctx));
  }

  @Mutation(() => ItemPayload, { description: 'Archive an item, or restore it. Module admins only.' })
  archiveItem(@Arg('input', { description: 'The item and what to do.' }) input: ArchiveItemInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => archiveItem(ctx, input.id, input.isArchived), (row) => itemPayload(row, ctx));
  }

  @Mutation(() => DeleteItemPayload, { description: 'Delete an item with its checklist. Module admins only.' })
  deleteItem(@Arg('input', { description: 'The item.' }) input: ItemIdInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => deleteItem(ctx, input.id), (deletedId) => ({ deletedId }));
  }

  @Mutation(() => ItemPayload, { description: 'Replace an item’s checklist, in order; entries passed back by id keep their ticks. Needs edit rights.' })
  setItemChecklist(@Arg('input', { description: 'The item and its entries.' }) input: SetItemChecklistInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => setItemChecklist(ctx, input), (row) => itemPayload(row, ctx));
  }

  @Mutation(() => ItemPayload, { description: 'Tick a checklist entry as the viewer, now. An entry already ticked keeps its first tick. Needs edit rights.' })
  tickChecklistEntry(@Arg('input', { description: 'The entry.' }) input: ChecklistEntryIdInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => setEntryTicked(ctx, input.entryId, true), (row) => itemPayload(row, ctx));
  }

  @Mutation(() => ItemPayload, { description: 'Clear the tick of a checklist entry. Needs edit rights.' })
  untickChecklistEntry(@Arg('input', { description: 'The entry.' }) input: ChecklistEntryIdInput, @Ctx() ctx: RequestCtx) {
    return toPayload(() => setEntryTicked(ctx, input.entryId, false), (row) => itemPayload(row, ctx));
  }
}

function itemPayload(row: ItemViewRow, ctx: RequestCtx): { item: ItemType | null } {
  return { item: ctx.principal ? presentItem(row, ctx.principal) : null };
}
