// Customer service in the portal.browser, end to end (issue 17): the demo household files a complaint about a
// bill with a photo and sees it received, the bill marked "under complaint"; the demo support agent (TOTP
// code for the portal's clock, as in staff.test.ts) finds it in the inbox and answers it; the customer
// reads the answer in the complaint's history. Then the customer enters meter self-readings: one below
// the last reading is refused with the reason, a huge one is held back for confirmation, and a plausible
// one is accepted and shows in the history. The values come from the last reading the API gives
// (packages/domain/src/readings: a meter does not run backwards; far above the season's usual asks).
// Every new page is checked with axe and photographed.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { totpCode } from '@portal/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPortal } from '../support/app.js';
import { screenshot } from '../support/browser.js';
import { apiSession, demoPassword, desktop, expectAccessible, field, logIn } from '../support/portal.js';

// on today's clock: the demo household's seeded self-reading lies before today, so a reading of today
// can follow it
const portal = withPortal();

let photoDir: string;

const demoSupportSecret = 'DEMOSUPPORTTOTPSECRETFORREVIEW22';
/** A 1×1 PNG: the smallest photo the server takes by its content. */
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const complaintText = 'Рачун за октобар је двоструко већи него обично, а нисмо били код куће.';
const answerText = 'Проверили смо очитавање: рачун је исправљен, нови стиже поштом.';

type Register = 'vt' | 'nt' | 'single';
interface Readings {
  registers: Register[];
  meter: { serialNumber: string; digits: number } | null;
  lastReading: ({ readOn: string } & Record<Register, number | null>) | null;
  selfReadings: ({ readOn: string; confirmed: boolean; status: string } & Record<Register, number | null>)[];
}

beforeAll(async () => {
  photoDir = await mkdtemp(join(tmpdir(), 'portal-e2e-photo-'));
});

afterAll(async () => {
  if (photoDir) await rm(photoDir, { recursive: true, force: true });
});

/** The portal's clock: now, and its today. */
async function portalNow(): Promise<{ now: Date; today: string }> {
  const { now, today } = (await (await fetch(`${portal.app.url}/api/clock`)).json()) as {
    now: string;
    today: string;
  };
  return { now: new Date(now), today };
}

async function staffLogIn(page: Page, login: string, secret: string) {
  await page.goto(`${portal.app.url}/login`);
  await field(page, 'login-login').fill(login);
  await field(page, 'login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('login-mfa-code').isVisible(), { timeout: 15_000 }).toBe(true);
  await field(page, 'login-mfa-code').fill(totpCode(secret, (await portalNow()).now));
  await field(page, 'login-mfa-code').press('Enter');
  await page.waitForURL(/\/support$/, { timeout: 20_000 });
}

const visible = (page: Page, testid: string) =>
  expect.poll(() => page.getByTestId(testid).first().isVisible(), { timeout: 15_000 }).toBe(true);

describe('customer service in the browser', () => {
  it(
    'a complaint with a photo is answered by support; an implausible self-reading is refused, a plausible one accepted',
    { timeout: 360_000 },
    async () => {
      const customerContext = await portal.browser.newContext({ viewport: desktop });
      const customer = await customerContext.newPage();
      const pageErrors: string[] = [];
      customer.on('pageerror', (error) => pageErrors.push(`customer: ${error.message}`));
      const overview = (await logIn(customer, portal.app.url, 'demo.household')) as {
        items: { id: string; edNumber: string }[];
      };
      const api = await apiSession(portal.app.url, 'demo.household');

      // 1. From a bill, a complaint about it with a photo.
      const first = overview.items[0]!;
      await customer.getByTestId(`metering-point-${first.edNumber}`).locator('a').first().click();
      const bills = customer.locator('[data-testid^="bill-"] a');
      await expect.poll(() => bills.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      await bills.first().click();
      await visible(customer, 'bill-complaint');
      const billPath = new URL(customer.url()).pathname;
      await customer.getByTestId('bill-complaint').click();
      await customer.waitForURL(/\/complaints\/new\?/, { timeout: 15_000 });
      await visible(customer, 'complaint-text');
      await customer.getByTestId('complaint-text').locator('textarea').first().fill(complaintText);
      const photo = join(photoDir, 'brojilo.png');
      await writeFile(photo, onePixelPng);
      await customer.getByTestId('complaint-files').locator('input[type="file"]').setInputFiles(photo);
      await expect.poll(() => customer.getByTestId('complaint-files').textContent()).toContain('brojilo.png');
      await expectAccessible(customer, 'new complaint');
      await screenshot(customer, 'complaint-new-sr-Cyrl-desktop');
      await customer.getByTestId('complaint-send').click();
      await customer.waitForURL(/\/complaints\/[0-9a-f-]{36}$/, { timeout: 20_000 });
      const complaintId = new URL(customer.url()).pathname.split('/').pop()!;
      const filed = await api<{ number: string; status: string; attachments: { filename: string }[] }>(
        `/api/complaints/${complaintId}`,
      );
      expect(filed.status).toBe('received');
      expect(filed.attachments.map((a) => a.filename)).toEqual(['brojilo.png']);
      await visible(customer, 'complaint-history');
      await expectAccessible(customer, 'complaint detail');
      await screenshot(customer, 'complaint-detail-sr-Cyrl-desktop');

      // In the list, received; the bill is under complaint while it is open.
      await customer.goto(`${portal.app.url}/complaints`);
      const listed = customer.getByTestId(`complaint-${filed.number}`);
      await expect.poll(() => listed.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await listed.locator('[data-status]').getAttribute('data-status')).toBe('received');
      await expectAccessible(customer, 'complaints');
      await screenshot(customer, 'complaints-sr-Cyrl-desktop');
      await customer.goto(`${portal.app.url}${billPath}`);
      await visible(customer, 'under-complaint');

      // 2. Support finds it in the inbox and answers it.
      const supportContext = await portal.browser.newContext({ viewport: desktop });
      const support = await supportContext.newPage();
      support.on('pageerror', (error) => pageErrors.push(`support: ${error.message}`));
      await staffLogIn(support, 'demo.support', demoSupportSecret);
      await support.getByTestId('staff-nav-/support/complaints').click();
      const row = support.getByTestId(`inbox-${filed.number}`);
      await expect.poll(() => row.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await row.textContent()).toContain('demo.household');
      await expectAccessible(support, 'support inbox');
      await screenshot(support, 'support-complaints-sr-Cyrl-desktop');
      await row.locator('a').first().click();
      await visible(support, 'step-answer');
      expect(await support.locator('[data-testid^="attachment-"]').textContent()).toContain('brojilo.png');
      await expectAccessible(support, 'support complaint');
      await screenshot(support, 'support-complaint-sr-Cyrl-desktop');
      await support.getByTestId('step-text').locator('textarea').first().fill(answerText);
      await support.getByTestId('step-answer').click();
      await expect
        .poll(() => support.locator('[data-testid="complaint-history"] li[data-kind="answered"]').count(), {
          timeout: 15_000,
        })
        .toBe(1);
      await screenshot(support, 'support-complaint-answered-sr-Cyrl-desktop');
      await supportContext.close();

      // 3. The customer reads the answer.
      await customer.goto(`${portal.app.url}/complaints/${complaintId}`);
      const answer = customer.locator('[data-testid="complaint-history"] li[data-kind="answered"]');
      await expect.poll(() => answer.count(), { timeout: 15_000 }).toBe(1);
      expect(await answer.textContent()).toContain(answerText);
      await expectAccessible(customer, 'complaint answered');
      await screenshot(customer, 'complaint-answered-sr-Cyrl-desktop');

      // 4. Self-readings, on a metering point whose last reading is before today (the household's first
      // has the seeded self-reading, of the day before, which is its last reading).
      const { today } = await portalNow();
      let point: { id: string; edNumber: string } | undefined;
      let readings: Readings | undefined;
      for (const item of overview.items) {
        const candidate = await api<Readings>(`/api/metering-points/${item.id}/readings`);
        if (candidate.meter && candidate.lastReading && candidate.lastReading.readOn < today) {
          point = item;
          readings = candidate;
          break;
        }
      }
      expect(point, `a metering point read before ${today}`).toBeDefined();
      const last = readings!.lastReading!;
      const registers = readings!.registers;
      const maximum = 10 ** readings!.meter!.digits - 1;
      await customer.goto(`${portal.app.url}/overview`);
      await customer.getByTestId(`metering-point-${point!.edNumber}`).locator('a').first().click();
      await visible(customer, 'metering-point-readings');
      await customer.getByTestId('metering-point-readings').click();
      await visible(customer, 'reading-form');
      await expectAccessible(customer, 'readings');
      await screenshot(customer, 'readings-sr-Cyrl-desktop');

      const enter = async (values: Partial<Record<Register, number>>) => {
        await field(customer, 'reading-date').fill(today);
        for (const register of registers)
          await field(customer, `reading-${register}`).fill(String(values[register]));
      };
      const send = (testid: string) =>
        Promise.all([
          customer.waitForResponse((r) => r.url().includes('/readings') && r.request().method() === 'POST', {
            timeout: 15_000,
          }),
          customer.getByTestId(testid).click(),
        ]).then(([response]) => response);

      // Below the last reading on the first register: refused, and the page says which and why.
      const below = Object.fromEntries(registers.map((r) => [r, last[r]!])) as Record<Register, number>;
      below[registers[0]!] = last[registers[0]!]! - 1;
      await enter(below);
      expect((await send('reading-send')).status()).toBe(422);
      await visible(customer, 'reading-refused');
      const refusal = (await customer.getByTestId('reading-refused').textContent())!;
      expect(refusal).toContain('није могуће прихватити');
      expect(refusal).toContain('мање него при последњем очитавању');
      await expectAccessible(customer, 'reading refused');
      await screenshot(customer, 'reading-refused-sr-Cyrl-desktop');

      // Far above the usual: the portal asks before taking it; the customer corrects it instead.
      const huge = Object.fromEntries(
        registers.map((r) => [r, Math.min(last[r]! + 50_000, maximum)]),
      ) as Record<Register, number>;
      await enter(huge);
      expect((await send('reading-send')).status()).toBe(409);
      await visible(customer, 'reading-confirm');
      expect(await customer.getByTestId('reading-confirm').textContent()).toContain('уобичајено је око');
      await expectAccessible(customer, 'reading to confirm');
      await screenshot(customer, 'reading-confirm-sr-Cyrl-desktop');

      // A few kWh more than last time: accepted, and it tops the history.
      const plausible = Object.fromEntries(registers.map((r) => [r, last[r]! + 7])) as Record<
        Register,
        number
      >;
      await enter(plausible);
      expect((await send('reading-send')).status()).toBe(201);
      await visible(customer, 'reading-accepted');
      const history = customer.getByTestId('reading-history').locator('tbody tr');
      await expect.poll(() => history.count(), { timeout: 15_000 }).toBe(readings!.selfReadings.length + 1);
      const after = await api<Readings>(`/api/metering-points/${point!.id}/readings`);
      expect(after.selfReadings[0]).toMatchObject({ readOn: today, confirmed: false, status: 'accepted' });
      for (const register of registers) expect(after.selfReadings[0]![register]).toBe(plausible[register]);
      await expectAccessible(customer, 'reading accepted');
      await screenshot(customer, 'reading-accepted-sr-Cyrl-desktop');

      expect(pageErrors).toEqual([]);
      await customerContext.close();
    },
  );
});
