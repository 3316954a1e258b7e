// A team leader reads what came back from the tablets: the visit list, one visit's record, its
// JSON; in Danish first, in English on request; with the keyboard alone.
import { readFileSync } from 'node:fs';
import { expect, office, plannedInNord, signIn, test } from './office';

test('a synced visit shows in the list, and its record reads as the tablet wrote it', async ({ page }) => {
  await signIn(page, 'ole');
  const row = page.getByRole('row').filter({ hasText: 'Bostedet Åen' });
  await expect(row).toContainText('Anna Jensen');
  await expect(row).toContainText('Afsluttet');
  // Syd's visit is not Midt's to see.
  await expect(page.getByRole('row').filter({ hasText: 'Hjemmet i Syd' })).toHaveCount(0);

  await row.getByRole('link').click();
  await expect(page).toHaveURL(`/office/visits/${office.visitMidt}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Besøgsrapport: Bostedet Åen');
  await expect(page.getByText(office.note)).toBeVisible();
  await expect(page.getByText('Socialtilsyn Midt', { exact: true })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent som JSON' }).click()]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(json.visit.id).toBe(office.visitMidt);
  expect(json.otherNotes.concat(...json.conversations.map((c: { notes: unknown[] }) => c.notes)).map((n: { text: string }) => n.text)).toContain(office.note);

  // The page says what the file says: the same log, every event of it.
  await expect(page.getByText(json.log.sha256)).toBeVisible();
  await expect(page.getByText('Uanmeldt')).toBeVisible();
  await page.getByText(`Alle ${json.log.eventCount} hændelser`).click();
  await expect(page.locator('details li')).toHaveCount(json.log.eventCount);
  await expect(page.locator('details li').first()).toContainText('VisitStarted');

  await page.getByRole('link', { name: 'Tilbage til besøgene' }).click();
  await expect(page.getByRole('heading', { name: 'Besøg' })).toBeVisible();
});

test('the filter narrows the list by consultant, facility and date', async ({ page }) => {
  await signIn(page, 'ole');
  const rows = page.getByRole('row').filter({ hasText: 'Bostedet Åen' });
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Til dato').fill('2000-01-01');
  await expect(page.getByText('Ingen besøg passer til filteret.')).toBeVisible();
  await page.getByLabel('Til dato').fill('');
  await page.getByLabel('Konsulent').selectOption({ label: 'Anna Jensen' });
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Tilbud').selectOption({ label: 'Bostedet Åen' });
  await expect(rows).toHaveCount(1);
  await page.reload(); // the filter is in the address: a bookmark keeps it
  await expect(page.getByLabel('Konsulent')).toHaveValue('anna');
  await expect(rows).toHaveCount(1);
});

test('a long list comes a page at a time: "Vis flere" adds the next page until every visit is shown', async ({
  page,
}) => {
  await signIn(page, 'nora');
  const rows = page.getByRole('row').filter({ hasText: 'Nordhuset' });
  await expect(rows).toHaveCount(50);
  // Newest first: the visit planned last leads.
  await expect(rows.first()).toContainText(new Date(Date.UTC(2027, 0, plannedInNord)).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Vis flere' }).click();
  await expect(rows).toHaveCount(plannedInNord);
  await expect(rows.last()).toContainText('2027-01-01');
  await expect(page.getByRole('button', { name: 'Vis flere' })).toHaveCount(0);
  // The state is a filter too, done by the server like the others.
  await page.getByLabel('Status').selectOption({ label: 'Afsluttet' });
  await expect(page.getByText('Ingen besøg passer til filteret.')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Planlagt' });
  await expect(rows).toHaveCount(50);
  await expect(page.getByRole('button', { name: 'Vis flere' })).toBeVisible();
});

test('Danish first, English on the switch, and an English browser starts in English', async ({ page, browser }) => {
  await signIn(page, 'ole');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(page.getByRole('heading', { name: 'Besøg' })).toBeVisible();

  const english = await browser.newContext({ locale: 'en-GB', ignoreHTTPSErrors: true });
  const p = await english.newPage();
  await p.goto(`${office.base}/office/`);
  await expect(p.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await english.close();
});

test('sign-in and the visit list work by keyboard alone', async ({ page }) => {
  await page.goto('/office/');
  await page.keyboard.press('Tab'); // the language switch
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Brugernavn')).toBeFocused();
  await page.keyboard.type('ole');
  await page.keyboard.press('Tab');
  await page.keyboard.type(office.passwords.ole);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Besøg' })).toBeVisible();

  // To the consultant filter, pick Anna with the arrow keys, then on to the visit's link.
  const consultant = page.getByLabel('Konsulent');
  for (let i = 0; i < 20 && !(await consultant.evaluate((e) => e === document.activeElement)); ++i)
    await page.keyboard.press('Tab');
  await expect(consultant).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(consultant).toHaveValue('anna');
  const link = page.getByRole('row').filter({ hasText: 'Bostedet Åen' }).getByRole('link');
  for (let i = 0; i < 20 && !(await link.evaluate((e) => e === document.activeElement)); ++i)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(office.note)).toBeVisible();
});
