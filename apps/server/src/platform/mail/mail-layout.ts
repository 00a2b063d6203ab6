import mjml2html from 'mjml';

/**
 * The one layout of every email, written in MJML.
 *
 * Why MJML: email HTML must survive Outlook's Word engine, Gmail's style stripping and dark
 * mode, which takes nested tables, inlined styles and conditional comments that nobody should
 * write by hand. MJML is the long-kept standard for exactly that (open source since 2016,
 * maintained by Mailjet), its output is made for those clients, and it is
 * plain JavaScript: mjml 5.4.1 installs on Node 20 with pnpm 12 without any build script to
 * approve (one engine warning: js-beautify's argument parser nopt 10 asks for Node 22; only
 * js-beautify's command line uses it, and mjml runs it with beautifying off). React-based renderers (react-email) would pull React into the server for the same
 * result; hand-written table HTML is what MJML exists to replace.
 *
 * MJML compiles slowly (milliseconds per document) and a worker sends hundreds of emails a
 * second, so the layout is compiled once per shape (with or without a button, with or without
 * a code) with placeholder slots, and each email fills the slots with escaped text: the cost
 * per email is one string substitution.
 */

/** The slots a compiled layout has; each is filled with HTML-escaped text (BODY with escaped paragraphs). */
export const SLOTS = ['TITLE', 'PREHEADER', 'ACCOUNT_TAG', 'HEADING', 'BODY', 'CODE', 'ACTION_LABEL', 'ACTION_URL', 'FOOTNOTE', 'SENT_BY'] as const;
export type Slot = (typeof SLOTS)[number];

/** How a slot appears in the MJML source and in the compiled HTML: letters and underscores only, so MJML passes it through untouched. */
export const slot = (name: Slot): string => `__GHSLOT_${name}__`;
export const SLOT_PATTERN = /__GHSLOT_([A-Z_]+?)__/g;

/** Which optional parts a layout has. */
export interface LayoutShape {
  readonly hasAction: boolean;
  readonly hasCode: boolean;
}

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const INK = '#1f2933';
const MUTED = '#6b7280';
const BRAND = '#1c7ed6';

function mjmlSource({ hasAction, hasCode }: LayoutShape): string {
  const code = hasCode
    ? `<mj-text align="center" padding="8px 0 24px" font-size="34px" font-weight="700" letter-spacing="8px" font-family="'SFMono-Regular', Menlo, Consolas, monospace" color="${INK}">
         <span style="display:inline-block;background:#f1f3f5;border-radius:8px;padding:12px 20px;">${slot('CODE')}</span>
       </mj-text>`
    : '';
  const action = hasAction
    ? `<mj-button href="${slot('ACTION_URL')}" background-color="${BRAND}" color="#ffffff" font-size="16px" font-weight="600" border-radius="6px" inner-padding="14px 28px" padding="8px 0 24px" align="left">${slot('ACTION_LABEL')}</mj-button>
       <mj-text font-size="13px" color="${MUTED}" padding="0 0 8px">If the button does not work, copy this link into your browser:<br /><a href="${slot('ACTION_URL')}" style="color:${BRAND};word-break:break-all;">${slot('ACTION_URL')}</a></mj-text>`
    : '';
  return `<mjml lang="en">
  <mj-head>
    <mj-title>${slot('TITLE')}</mj-title>
    <mj-preview>${slot('PREHEADER')}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="15px" line-height="1.6" color="${INK}" padding="0 0 16px" />
      <mj-section padding="0" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f1f3f5" width="600px">
    <mj-section padding="28px 16px 12px">
      <mj-column>
        <mj-text padding="0" font-size="13px" color="${MUTED}">
          <span style="display:inline-block;width:22px;height:22px;line-height:22px;border-radius:6px;background:${BRAND};color:#ffffff;text-align:center;font-weight:700;font-size:13px;">G</span>
          <span style="font-weight:700;color:${INK};font-size:15px;vertical-align:middle;">&nbsp;Gatehouse</span>
          <span style="vertical-align:middle;">${slot('ACCOUNT_TAG')}</span>
        </mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" border-radius="10px" padding="32px 28px 16px" border="1px solid #e5e7eb">
      <mj-column>
        <mj-text font-size="22px" font-weight="700" line-height="1.3" padding="0 0 20px">${slot('HEADING')}</mj-text>
        <mj-text>${slot('BODY')}</mj-text>
        ${code}
        ${action}
      </mj-column>
    </mj-section>
    <mj-section padding="20px 16px 32px">
      <mj-column>
        <mj-text font-size="12px" line-height="1.5" color="${MUTED}" padding="0 0 8px">${slot('FOOTNOTE')}</mj-text>
        <mj-text font-size="12px" line-height="1.5" color="${MUTED}" padding="0">${slot('SENT_BY')}</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/**
 * MJML's output is indented for people; every email carries it to the provider, about a fifth
 * of its bytes. A line's leading whitespace and blank lines mean nothing in HTML (the layout has
 * no <pre>), so they go once here, before any email's text is filled in.
 */
function withoutIndentation(html: string): string {
  return html.replace(/\n[ \t]*(?=\n)/g, '').replace(/\n[ \t]+/g, '\n');
}

const compiled = new Map<string, Promise<string>>();

/** The compiled HTML of a layout shape, with its slots still in it; compiled once per process. */
export function compiledLayout(shape: LayoutShape): Promise<string> {
  const key = `${shape.hasAction}:${shape.hasCode}`;
  let html = compiled.get(key);
  if (html === undefined) {
    // fonts: {} because MJML otherwise links Google Fonts for any web font the stack names
    // (Roboto): every opened email would call a third party, and offline it fails to load.
    html = mjml2html(mjmlSource(shape), { validationLevel: 'strict', keepComments: false, fonts: {} }).then((result) => {
      if (result.errors.length > 0) throw new Error(`mail layout: ${result.errors.map((e) => e.message).join('; ')}`);
      return withoutIndentation(result.html);
    });
    compiled.set(key, html);
  }
  return html;
}
