// The e2e `test`: every page is watched for console errors, uncaught exceptions and CSP violations,
// and a test fails when any appeared — a strict CSP breaks silently otherwise.
import { test as base, expect } from '@playwright/test';
import { ShellPage } from './pages/shell-page';

type Problems = { list: string[] };

export const test = base.extend<{ problems: Problems; shell: ShellPage }>({
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
