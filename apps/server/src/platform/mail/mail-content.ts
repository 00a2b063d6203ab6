/**
 * What an email says, independent of how it is laid out. Every template produces one of
 * these; the renderer turns it into the HTML and text parts, so every email shares one
 * layout (the account's name in the header, one call to action, a footnote).
 */
export interface MailContent {
  readonly subject: string;
  /** The line mail clients show beside the subject. */
  readonly preheader: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  /** The one button of the email, with its link also written out in full. */
  readonly action?: { readonly label: string; readonly url: string };
  /** A one-time code shown large (the portal's sign-in code). */
  readonly code?: string;
  /** Why the reader got this email and what to do when it was not meant for them. */
  readonly footnote: string;
}

/** What every template may use besides its own data. */
export interface MailContext {
  /** The account the email is sent for; null for mail about a login (password reset). */
  readonly accountName: string | null;
  /** Where the app is reached, without a trailing slash. */
  readonly publicUrl: string;
}
