// axe-core on every page of the console, against WCAG 2.2 AA: 0 violations, in Danish and English.
import { expect, expectAccessible, office, signIn, test } from './office';

test('every page has no WCAG 2.2 AA violation', async ({ page }) => {
  await page.goto('/office/');
  await expect(page.getByRole('heading', { name: 'Log ind' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Brugernavn').fill('lene');
  await page.getByLabel('Adgangskode').fill('forkert adgangskode');
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('alert')).toContainText('Forkert');
  await expectAccessible(page); // with the error shown

  await page.goto(office.newcomerLink);
  await expect(page.getByRole('heading', { name: 'Vælg din adgangskode' })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, 'lene');
  await expect(page.getByRole('row').filter({ hasText: 'Bostedet Åen' })).toBeVisible();
  await expectAccessible(page);
  for (const [path, heading] of [
    [`/office/visits/${office.visitMidt}`, 'Besøgsrapport'],
    ['/office/password', 'Skift adgangskode'],
    ['/office/audit', 'Revisionslog'],
    [`/office/visits/${office.visitSyd}`, 'Besøget findes ikke.'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await expect(page.getByText('Indlæser …')).toHaveCount(0); // loaded
    await expectAccessible(page);
  }
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`/office/visits/${office.visitMidt}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Visit record');
  await expectAccessible(page);
});

test('a newcomer chooses a password through the one-time link, and the link then is spent', async ({ page }) => {
  await page.goto(office.newcomerLink);
  await page.getByLabel('Ny adgangskode (mindst 12 tegn)').fill('nykollega har en lang kode');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('heading', { name: 'Besøg' })).toBeVisible();
  await page.getByRole('button', { name: 'Log ud' }).click();
  await page.goto(office.newcomerLink);
  await page.getByLabel('Ny adgangskode (mindst 12 tegn)').fill('en anden lang kode her');
  await page.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('alert')).toContainText('Linket er brugt eller udløbet.');
});
