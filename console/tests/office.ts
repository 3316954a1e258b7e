// What the tests share: the server the global set-up started, signing in as a person does, and
// the checks every page gets (its CSP and no inline script; axe-core against WCAG 2.2 AA).
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, Page, Response } from '@playwright/test';

export interface OfficeState {
  base: string;
  visitMidt: string; // synced by a tablet of Socialtilsyn Midt
  visitSyd: string; // synced by a tablet of Socialtilsyn Syd
  passwords: Record<string, string>;
  newcomerLink: string; // a one-time link nobody has used
  note: string; // the note written on visitMidt
}

// Socialtilsyn Nord's planned visits (global-setup): more than one page of the visit list (50).
export const plannedInNord = 55;

export const office: OfficeState = JSON.parse(process.env.CONSOLE_STATE ?? '{}');

export const test = base.extend<{ cspViolations: string[] }>({
  baseURL: async ({}, use) => use(office.base),
  // Any CSP violation on a page fails the test that opened it.
  cspViolations: [
    async ({ page }, use) => {
      const seen: string[] = [];
      await page.exposeFunction('__reportCsp', (v: string) => seen.push(v));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      await use(seen);
      expect(seen).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signIn(page: Page, login: string, password = office.passwords[login]) {
  await page.goto('/office/');
  await page.getByLabel('Brugernavn').fill(login);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('heading', { name: 'Besøg' })).toBeVisible();
}

// The headers and markup every console page must have.
export async function expectStrictPage(page: Page, response: Response | null) {
  expect(response).not.toBeNull();
  const h = response!.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  const inline = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    styles: [...document.querySelectorAll('style, [style]')].length,
  }));
  expect(inline).toEqual({ scripts: 0, handlers: 0, styles: 0 });
}

export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
