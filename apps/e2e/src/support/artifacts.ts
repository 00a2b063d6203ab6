import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS_ROOT } from './paths';

/** One folder of numbered screenshots (and server logs) per test run, emptied when it starts. */
export class Artifacts {
  readonly dir: string;
  private count = 0;

  constructor(name: string) {
    this.dir = path.join(ARTIFACTS_ROOT, name.replace(/[^\w.-]+/g, '-'));
    fs.rmSync(this.dir, { recursive: true, force: true });
    fs.mkdirSync(this.dir, { recursive: true });
  }

  /**
   * A full-page PNG named after the step: `03-logged-in.png`. Transitions are finished first
   * (a checkbox caught half-ticked reads as a bug), so the pictures show settled states.
   */
  async screenshot(page: Page, step: string): Promise<string> {
    this.count += 1;
    const file = path.join(this.dir, `${String(this.count).padStart(2, '0')}-${step.replace(/[^\w.-]+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    return file;
  }

  /** A path for another file of this run (server logs). */
  file(name: string): string {
    return path.join(this.dir, name);
  }
}
