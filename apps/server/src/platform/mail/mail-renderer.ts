import type { MailContent } from './mail-content';
import { compiledLayout, SLOT_PATTERN, SLOTS, type Slot } from './mail-layout';

/** One email ready to hand to a transport. */
export interface RenderedMail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** Every link the email carries (the call to action), in order. */
  readonly links: readonly string[];
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values: every name, title and reason in mail is someone's input. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Only web links become buttons: a `javascript:` or `data:` URL in mail would be an attack, not a link. */
function checkedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`mail link must be http(s), not ${parsed.protocol}`);
  return parsed.href;
}

/**
 * The account beside the product name in the header, and the footer's sender line. Mail about a
 * login (a password reset) has no account: it says Gatehouse once, not "Gatehouse · Gatehouse".
 */
function accountTag(accountName: string | null): string {
  return accountName === null ? '' : `\u00a0·\u00a0${accountName}`;
}
function sentBy(accountName: string | null): string {
  return accountName === null ? 'Sent by Gatehouse.' : `Sent by Gatehouse for ${accountName}.`;
}

function textPart(content: MailContent, accountName: string | null, url: string | null): string {
  const lines = [accountName === null ? 'Gatehouse' : `${accountName} · Gatehouse`, '', content.heading, '='.repeat(Math.min(content.heading.length, 60)), ''];
  for (const p of content.paragraphs) lines.push(p, '');
  if (content.code !== undefined) lines.push(`    ${content.code}`, '');
  if (content.action !== undefined && url !== null) lines.push(`${content.action.label}:`, url, '');
  lines.push('-- ', content.footnote, sentBy(accountName), '');
  return lines.join('\n');
}

/**
 * Renders an email's content into its HTML and text parts with the one shared layout. Every
 * value is escaped where it lands; the slots are filled in one pass, so text that happens to
 * look like a slot is never filled in turn.
 */
export async function renderMail(content: MailContent, accountName: string | null): Promise<RenderedMail> {
  const url = content.action ? checkedUrl(content.action.url) : null;
  const body = content.paragraphs.map((p) => `<p style="margin:0 0 14px 0;">${escapeHtml(p)}</p>`).join('');
  const values: Readonly<Record<Slot, string>> = {
    TITLE: escapeHtml(content.subject),
    PREHEADER: escapeHtml(content.preheader),
    ACCOUNT_TAG: escapeHtml(accountTag(accountName)),
    HEADING: escapeHtml(content.heading),
    BODY: body,
    CODE: escapeHtml(content.code ?? ''),
    ACTION_LABEL: escapeHtml(content.action?.label ?? ''),
    ACTION_URL: escapeHtml(url ?? ''),
    FOOTNOTE: escapeHtml(content.footnote),
    SENT_BY: escapeHtml(sentBy(accountName)),
  };
  const layout = await compiledLayout({ hasAction: url !== null, hasCode: content.code !== undefined });
  const html = layout.replace(SLOT_PATTERN, (whole, name: string) => (isSlot(name) ? values[name] : whole));
  // A subject is one header line: a line break in a title someone typed must not start another header.
  return { subject: content.subject.replace(/[\r\n]+/g, ' '), html, text: textPart(content, accountName, url), links: url === null ? [] : [url] };
}

function isSlot(name: string): name is Slot {
  return SLOTS.some((s) => s === name);
}
