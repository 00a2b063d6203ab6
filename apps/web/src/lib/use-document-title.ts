import { useEffect } from 'react';

/** Sets the browser tab's title while the page is shown, so tabs and history say where they lead. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
