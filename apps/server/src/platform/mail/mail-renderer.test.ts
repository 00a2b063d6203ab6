import { mailContent, MAIL_TEMPLATE_NAMES, SECRET_FIELDS, type MailTemplateData } from './mail-templates';
import { renderMail } from './mail-renderer';
import { retryDelayMs } from './retry-policy';

/** Every template renders through the one layout: both parts, the account's name, escaped data, the link written out. */

const CTX = { accountName: 'Stade <Nord> & "Fils"', publicUrl: 'https://gatehouse.example' };
const SAMPLES: { readonly [K in keyof MailTemplateData]: MailTemplateData[K] } = {
  invitation: { firstName: '<img src=x onerror=alert(1)>', invitedBy: 'Bob', token: 'a&b', expiresAt: '2026-12-09T10:00:00Z' },
  password_reset: { token: 'reset', expiresAt: '2026-12-02T13:00:00Z' },
  password_reset_no_login: { requestedAt: '2026-12-02T12:00:00Z' },
  portal_link: { firstName: 'Zoe', itemKind: 'job', itemTitle: 'Fix "gate" <3>', token: 'portal' },
  portal_code: { firstName: 'Zoe', code: '123456', validMinutes: 10 },
  test_message: { firstName: 'Tess <i>' },
};

function render<K extends keyof MailTemplateData>(name: K) {
  return renderMail(mailContent(name, SAMPLES[name], CTX), CTX.accountName);
}

describe('renderMail', () => {
  it.each(MAIL_TEMPLATE_NAMES)('%s has both parts with the account name, and no unescaped data', async (name) => {
    const mail = await render(name);
    expect(mail.html).toMatch(/^<!doctype html>/i);
    expect(mail.html).toContain('Stade &lt;Nord&gt; &amp; &quot;Fils&quot;');
    expect(mail.html).not.toContain('<Nord>');
    expect(mail.html).not.toContain('<img src=x');
    expect(mail.html).not.toMatch(/__GHSLOT_/);
    // The layout's indentation is gone (bytes sent with every email), its content is not.
    expect(mail.html).not.toMatch(/\n[ \t]/);
    expect(mail.html).toContain('Sent by Gatehouse for');
    expect(mail.text).toContain('Stade <Nord> & "Fils"');
    for (const link of mail.links) {
      expect(mail.text).toContain(link);
      // The button and the link written out beneath it.
      expect(mail.html.split(`href="${link.replace(/&/g, '&amp;')}"`)).toHaveLength(3);
    }
  });

  it('writes the code large and has no button when there is no link', async () => {
    const mail = await render('portal_code');
    expect(mail.links).toEqual([]);
    expect(mail.html).toContain('123456');
    expect(mail.text).toContain('    123456');
  });

  it('keeps the preheader hidden in the HTML and the subject on one line', async () => {
    const mail = await renderMail({ ...mailContent('portal_link', SAMPLES.portal_link, CTX), subject: 'Line one\r\nBcc: x@evil' }, null);
    expect(mail.subject).toBe('Line one Bcc: x@evil');
    expect(mail.html).toContain('Open the job to see its checklist.');
    expect(mail.html).toContain('Gatehouse');
  });

  it('loads nothing from elsewhere: no web-font links, no external style sheets or images', async () => {
    for (const name of MAIL_TEMPLATE_NAMES) {
      const mail = await render(name);
      expect(mail.html).not.toContain('fonts.googleapis.com');
      expect(mail.html).not.toMatch(/<link\b|@import|<img\b[^>]*src="http/i);
    }
  });

  it('mail about a login, with no account, names Gatehouse once', async () => {
    const mail = await renderMail(mailContent('password_reset', SAMPLES.password_reset, CTX), null);
    for (const part of [mail.html, mail.text]) {
      expect(part).not.toMatch(/Gatehouse\s*(·|&middot;|\u00a0·)\s*Gatehouse/);
      expect(part).not.toContain('for Gatehouse');
      expect(part).toContain('Sent by Gatehouse.');
    }
    // With an account, its name stands beside the product's in the header and the footer.
    const invitation = await render('invitation');
    expect(invitation.html).toContain('\u00a0·\u00a0Stade &lt;Nord&gt;');
    expect(invitation.text).toContain('Sent by Gatehouse for Stade <Nord> & "Fils".');
  });

  it('refuses a link that is not http(s)', async () => {
    const content = { ...mailContent('password_reset', SAMPLES.password_reset, CTX), action: { label: 'Go', url: 'javascript:alert(1)' } };
    await expect(renderMail(content, null)).rejects.toThrow(/http/);
  });

  it('names a secret field of every template that carries one', () => {
    expect(SECRET_FIELDS.invitation).toEqual(['token']);
    expect(SECRET_FIELDS.portal_code).toEqual(['code']);
  });
});

describe('retryDelayMs', () => {
  const policy = { maxAttempts: 8, baseDelayMs: 1_000, maxDelayMs: 10_000 };
  it('doubles per failure, with up to half of it random, capped', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, 0))).toEqual([500, 1_000, 2_000, 4_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(policy, n, 0.999999))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(retryDelayMs(policy, 12, 0.5)).toBe(7_500);
  });
});
