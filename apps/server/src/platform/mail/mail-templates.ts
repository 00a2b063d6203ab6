import type { MailContent, MailContext } from './mail-content';

/**
 * Every kind of email, with the data its row in the outbox carries. The outbox stores the
 * template name and this data; the worker renders it when it sends, so enqueuing thousands
 * of emails (an import's invitations) is one INSERT and a template change applies to mail
 * still queued. Links carry their raw token only in this data: tables of tokens hold hashes.
 */
export interface MailTemplateData {
  /** An employee is invited to an account (or the first ACCOUNT_ADMIN of a new account). */
  readonly invitation: {
    readonly firstName: string;
    /** Who sent it; null when an operator created the account. */
    readonly invitedBy: string | null;
    readonly token: string;
    readonly expiresAt: string;
  };
  /** A forgotten password: a single-use link to set a new one. */
  readonly password_reset: { readonly token: string; readonly expiresAt: string };
  /** A forgotten password asked for an address that has no login (sent so both answers cost the same). */
  readonly password_reset_no_login: { readonly requestedAt: string };
  /** An external user was assigned to a job or an incident. */
  readonly portal_link: {
    readonly firstName: string;
    readonly itemKind: 'job' | 'incident';
    readonly itemTitle: string;
    readonly token: string;
  };
  /** The one-time code that verifies an external user's browser. */
  readonly portal_code: { readonly firstName: string; readonly code: string; readonly validMinutes: number };
  /** An admin checks that mail reaches people (sent to themselves). */
  readonly test_message: { readonly firstName: string };
}

export type MailTemplateName = keyof MailTemplateData;

export const MAIL_TEMPLATE_NAMES = ['invitation', 'password_reset', 'password_reset_no_login', 'portal_link', 'portal_code', 'test_message'] as const satisfies readonly MailTemplateName[];

type Templates = { readonly [K in MailTemplateName]: (data: MailTemplateData[K], ctx: MailContext) => MailContent };

const PRODUCT = 'Gatehouse';

function accountOf(ctx: MailContext): string {
  return ctx.accountName ?? PRODUCT;
}

function dateOf(iso: string): string {
  return new Date(iso).toUTCString().replace(/:\d\d GMT$/, ' UTC');
}

/** A link to a page of the app; the token goes in the fragment, so it never reaches a server log or a Referer header. */
export function appLink(ctx: MailContext, page: string, token: string): string {
  return `${ctx.publicUrl}${page}#token=${encodeURIComponent(token)}`;
}

const TEMPLATES: Templates = {
  invitation: (d, ctx) => ({
    subject: `You are invited to ${accountOf(ctx)} on ${PRODUCT}`,
    preheader: `Set your password to join ${accountOf(ctx)}. The link works once, until ${dateOf(d.expiresAt)}.`,
    heading: `Join ${accountOf(ctx)}`,
    paragraphs: [
      `Hello ${d.firstName},`,
      d.invitedBy === null
        ? `An account for ${accountOf(ctx)} has been created on ${PRODUCT}, with you as its administrator.`
        : `${d.invitedBy} has invited you to ${accountOf(ctx)} on ${PRODUCT}.`,
      `Open the link below to set your password and accept the terms of use. If you already use ${PRODUCT} for another account, sign in with your password instead.`,
      `The link works once and expires on ${dateOf(d.expiresAt)}.`,
    ],
    action: { label: 'Accept the invitation', url: appLink(ctx, '/invitation', d.token) },
    footnote: `You received this email because someone at ${accountOf(ctx)} added your address. If you did not expect it, ignore it: nothing happens until the link is opened.`,
  }),
  password_reset: (d, ctx) => ({
    subject: `Reset your ${PRODUCT} password`,
    preheader: `The link works once, until ${dateOf(d.expiresAt)}.`,
    heading: 'Reset your password',
    paragraphs: [
      `Someone asked to reset the password of the ${PRODUCT} login for this address.`,
      `Open the link below to choose a new one. It works once and expires on ${dateOf(d.expiresAt)}. Setting a new password signs you out everywhere.`,
    ],
    action: { label: 'Choose a new password', url: appLink(ctx, '/reset-password', d.token) },
    footnote: 'If you did not ask for this, ignore this email: your password stays as it is.',
  }),
  password_reset_no_login: (d) => ({
    subject: `About your ${PRODUCT} password reset`,
    preheader: 'This address has no login, so there is no password to reset.',
    heading: 'No login for this address',
    paragraphs: [
      `Someone asked on ${dateOf(d.requestedAt)} to reset the ${PRODUCT} password of this address, but no ${PRODUCT} login uses it.`,
      'If it was you, you may sign in with another address, or your login may not be set up yet: ask the administrator of your venue for an invitation.',
    ],
    footnote: 'If you did not ask for this, ignore this email: nothing has changed.',
  }),
  portal_link: (d, ctx) => ({
    subject: `${accountOf(ctx)}: you have been assigned to a ${d.itemKind}: ${d.itemTitle}`,
    preheader: `Open the ${d.itemKind} to see its checklist.`,
    heading: d.itemTitle,
    paragraphs: [
      `Hello ${d.firstName},`,
      `${accountOf(ctx)} has assigned you to the ${d.itemKind} "${d.itemTitle}".`,
      'Open it with the link below. To check it is you, we will email you a 6-digit code.',
    ],
    action: { label: `Open the ${d.itemKind}`, url: appLink(ctx, '/portal', d.token) },
    footnote: 'This link is yours: do not forward it. It works for as long as you are assigned.',
  }),
  portal_code: (d, ctx) => ({
    subject: `${d.code} is your ${accountOf(ctx)} code`,
    preheader: `It is valid for ${d.validMinutes} minutes.`,
    heading: 'Your sign-in code',
    paragraphs: [`Hello ${d.firstName},`, `Enter this code on the page that asked for it. It is valid for ${d.validMinutes} minutes and works once.`],
    code: d.code,
    footnote: 'If you did not ask for a code, ignore this email. Nobody from the venue will ever ask you for it.',
  }),
  test_message: (d, ctx) => ({
    subject: `Test email from ${accountOf(ctx)} on ${PRODUCT}`,
    preheader: 'Mail from Gatehouse reaches you.',
    heading: 'Mail works',
    paragraphs: [`Hello ${d.firstName},`, `This is the test email you asked for. Invitations and password resets of ${accountOf(ctx)} are sent the same way.`],
    action: { label: `Open ${PRODUCT}`, url: `${ctx.publicUrl}/` },
    footnote: `You received this because you sent yourself a test email from ${PRODUCT} (Settings → Failed mail).`,
  }),
};

/**
 * The fields of each template's data that are secrets (a link's raw token, a one-time code).
 * The worker removes them from the outbox row once the email is delivered, so the outbox holds
 * a usable link only until then; a template with none says so with an empty list.
 */
export const SECRET_FIELDS: { readonly [K in MailTemplateName]: readonly (keyof MailTemplateData[K] & string)[] } = {
  invitation: ['token'],
  password_reset: ['token'],
  password_reset_no_login: [],
  portal_link: ['token'],
  portal_code: ['code'],
  test_message: [],
};

/** True for the name of a template this version knows (rows written by another version may hold others). */
export function isMailTemplateName(name: string): name is MailTemplateName {
  return MAIL_TEMPLATE_NAMES.some((n) => n === name);
}

/**
 * The content of a stored outbox row. Its data was written by `enqueueMail`, typed against the
 * same template, so it is trusted to have that template's shape.
 */
export function storedMailContent(template: MailTemplateName, data: Readonly<Record<string, unknown>>, ctx: MailContext): MailContent {
  // The one place stored JSON meets the template types; enqueueMail checked them when it was written.
  const render = TEMPLATES[template] as (data: Readonly<Record<string, unknown>>, ctx: MailContext) => MailContent;
  return render(data, ctx);
}

/** The content of one email; the name and its data are checked together. */
export function mailContent<K extends MailTemplateName>(template: K, data: MailTemplateData[K], ctx: MailContext): MailContent {
  const render: (data: MailTemplateData[K], ctx: MailContext) => MailContent = TEMPLATES[template];
  return render(data, ctx);
}
