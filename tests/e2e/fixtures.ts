// The e2e `test`: every page is watched for console errors, uncaught exceptions and CSP violations,
// and a test fails when any appeared — a strict CSP breaks silently otherwise. Pages start in the
// demo build's stand-in mode (past the sign-in screen, officers picked with the stand-in picker)
// unless a spec says `test.use({ standIn: false })` to sign in for real.
import { test as base, expect } from '@playwright/test';
import { ShellPage } from './pages/shell-page';

type Problems = { list: string[] };

export const test = base.extend<{ problems: Problems; shell: ShellPage; standIn: boolean }>({
  standIn: [true, { option: true }],
  page: async ({ page, standIn }, use) => {
    // Top frame only: previews and print frames (blob:, sandboxed) have no localStorage of their own.
    if (standIn) await page.addInitScript(() => window === window.top && window.localStorage?.setItem('desk.standIn', '1'));
    await use(page);
  },
  problems: [
    async ({ page }, use) => {
      const problems: Problems = { list: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') problems.list.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.list.push(`uncaught: ${error.message}`));
      await page.exposeFunction('__reportCspViolation', (text: string) => problems.list.push(`CSP violation: ${text}`));
      // Injected through DevTools, so the page's own CSP does not block this listener.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
          void report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
        });
      });
      await use(problems);
      expect(problems.list, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
  shell: async ({ page }, use) => {
    await use(new ShellPage(page));
  },
});

export { expect };
