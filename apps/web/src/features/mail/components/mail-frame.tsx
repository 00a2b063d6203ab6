import { useMemo } from 'react';

/**
 * The HTML part of an email, shown as a mail client would: in an iframe sandboxed without
 * scripts or same-origin access, so nothing in a message can act on the app. Links open in
 * a new tab (the only thing the sandbox allows besides showing it).
 */
export function MailFrame({ html, title }: { readonly html: string; readonly title: string }) {
  const srcDoc = useMemo(() => {
    const base = '<base target="_blank">';
    return /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`) : `${base}${html}`;
  }, [html]);
  return (
    <iframe
      title={title}
      srcDoc={srcDoc}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8, background: 'white' }}
    />
  );
}
