// mjml 5 ships no type declarations (and @types/mjml describes mjml 4, whose mjml2html was
// synchronous). Only what platform/mail/mail-layout.ts uses is declared.
declare module 'mjml' {
  interface MjmlError {
    readonly line: number;
    readonly message: string;
    readonly tagName: string;
  }
  interface MjmlOptions {
    readonly validationLevel?: 'strict' | 'soft' | 'skip';
    readonly keepComments?: boolean;
    /** Web fonts to link when the font stack names them, by family: URL (default: Google Fonts for five families). */
    readonly fonts?: Readonly<Record<string, string>>;
  }
  export default function mjml2html(mjml: string, options?: MjmlOptions): Promise<{ readonly html: string; readonly errors: readonly MjmlError[] }>;
}
