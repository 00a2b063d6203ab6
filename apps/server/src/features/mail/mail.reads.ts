import type { GraphQLResolveInfo } from 'graphql';
import { isUuid } from '../../platform/db/uuid';
import { authorize } from '../../platform/graphql/authorize';
import { afterCursor, lazyCount, pageSize, toConnection, type Connection, type KeysetOrder, type PageArgs } from '../../platform/graphql/connection';
import type { RequestCtx } from '../../platform/graphql/context';
import { forbidden, unauthenticated } from '../../platform/graphql/top-level-errors';
import { isMailTemplateName, storedMailContent } from '../../platform/mail/mail-templates';
import { countFailedMail, countMailbox, listFailedMail, listMailbox, mailboxMessageById, type FailedMailRow, type MailboxMessageRow, type MailboxRow } from './mail.queries';
import type { FailedMailType, MailboxMessageContentType, MailboxMessageType } from './mail.types';

const NEWEST_FIRST: KeysetOrder = { name: 'CREATED_AT:DESC', cast: 'timestamptz' };

/** The subject the email would be sent with (rendered from the stored template and data). */
function subjectOf(row: FailedMailRow, publicUrl: string): string {
  if (!isMailTemplateName(row.template)) return `(unknown kind of email: ${row.template})`;
  return storedMailContent(row.template, row.data, { accountName: row.account_name, publicUrl }).subject;
}

function presentFailedMail(row: FailedMailRow, publicUrl: string): FailedMailType {
  return {
    id: row.id,
    to: row.recipient,
    subject: subjectOf(row, publicUrl),
    template: row.template,
    attempts: row.attempts,
    reason: row.last_error ?? 'unknown',
    queuedAt: row.created_at,
    failedAt: row.failed_at,
  };
}

/** A page of the account's failed mail, newest first. */
export async function failedMailPage(ctx: RequestCtx, args: PageArgs, info: GraphQLResolveInfo): Promise<Connection<FailedMailType>> {
  const actor = authorize(ctx, 'read', 'mail');
  const limit = pageSize(args.first);
  const after = afterCursor(args.after, NEWEST_FIRST);
  const countTotal = lazyCount(info, () => countFailedMail(ctx.read, actor.accountId));
  const rows = await listFailedMail(ctx.read, actor.accountId, { after, limit });
  return toConnection(rows, limit, countTotal, (row) => presentFailedMail(row, ctx.config.publicUrl), (r) => ({ value: r.at_key, id: r.id }), NEWEST_FIRST);
}

/**
 * The development mailbox exists only outside production: there, mail goes to Mailgun and
 * nothing is kept to browse (and reading others' invitation links is no production feature).
 */
function requireDevMailbox(ctx: RequestCtx) {
  if (ctx.config.isProduction) throw forbidden('The development mailbox is off in production: mail goes through Mailgun.');
  return authorize(ctx, 'read', 'mail');
}

function presentMailboxMessage(row: MailboxRow): MailboxMessageType {
  return { id: row.id, from: row.sender, to: row.recipient, subject: row.subject, receivedAt: row.created_at, links: row.links };
}

/** A page of the account's development mailbox, newest first. */
export async function mailboxPage(ctx: RequestCtx, args: PageArgs, info: GraphQLResolveInfo): Promise<Connection<MailboxMessageType>> {
  const actor = requireDevMailbox(ctx);
  const limit = pageSize(args.first);
  const after = afterCursor(args.after, NEWEST_FIRST);
  const countTotal = lazyCount(info, () => countMailbox(ctx.read, actor.accountId));
  const rows = await listMailbox(ctx.read, actor.accountId, { after, limit });
  return toConnection(rows, limit, countTotal, presentMailboxMessage, (r) => ({ value: r.at_key, id: r.id }), NEWEST_FIRST);
}

/** One message of the account's development mailbox with both parts; null when it is not there. */
export async function mailboxMessage(ctx: RequestCtx, id: string): Promise<MailboxMessageContentType | null> {
  const actor = requireDevMailbox(ctx);
  if (!isUuid(id)) return null;
  const row: MailboxMessageRow | null = await mailboxMessageById(ctx.read, actor.accountId, id);
  return row ? { ...presentMailboxMessage(row), html: row.html, text: row.text } : null;
}

/** True when this server keeps a development mailbox the viewer may browse (the admin app shows its page). */
export function mailboxAvailable(ctx: RequestCtx): boolean {
  if (ctx.principal === null) throw unauthenticated();
  return !ctx.config.isProduction;
}
