import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pickOption } from '../lib/antd.mjs';
import { assert } from '../lib/harness.mjs';

const CURRENT = '2025-2028';
const PREVIOUS = '2021-2024';

/** Opens «Планы» from the menu and the plan whose title names `period`. */
async function openPlan(page, period) {
  await page.getByTestId('main-menu').getByText('Планы', { exact: true }).click();
  await page.getByTestId('page-title').filter({ hasText: 'Планы противодействия коррупции' }).waitFor();
  await page.getByTestId('plans-table').getByTestId('plan-link').filter({ hasText: period }).click();
  await page.waitForURL(/\/plans\/[0-9a-f-]{36}/);
  await page.getByTestId('page-title').filter({ hasText: period }).waitFor();
}

/** «Исполнение» for a year; returns the row of measure `number`. */
async function executionRow(page, year, number) {
  await page.getByTestId('plan-tab-execution').click();
  await pickOption(page, page.getByTestId('execution-year'), `${year} год`);
  const row = page.getByTestId('execution-table').locator(`tr[data-number="${number}"]`);
  await row.waitFor();
  await page.waitForFunction(() => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
  return row;
}

async function signOut(page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Выйти' }).click();
  await page.waitForURL('**/login');
}

export const tests = [
  {
    name: 'plan: the executor rewrites a returned report with an indicator and submits it, the officer accepts it; the annual report DOCX is generated',
    fn: async ({ page, signIn, shot, tmpDir }) => {
      // 1. The executor of «Управление архитектуры и градостроительства» sees only their unit's rows.
      await signIn('executor');
      await openPlan(page, CURRENT);
      const row = await executionRow(page, 2026, '6.6');
      const cells = page.getByTestId('execution-table').getByTestId('unit-status');
      assert(
        (await cells.count()) ===
          (await cells.filter({ hasText: 'Управление архитектуры и градостроительства' }).count()),
        'the executor sees only the rows of their own subdivision',
      );
      const unit = row.getByTestId('unit-status').filter({ hasText: 'Управление архитектуры' });
      assert((await unit.getAttribute('data-status')) === 'returned', 'measure 6.6 was returned by the officer');
      await shot('40-plan-execution-executor');

      // 2. The report drawer shows the officer's comment; the text is rewritten with an embedded indicator.
      await unit.click();
      const drawer = page.getByTestId('report-drawer');
      await drawer.getByTestId('report-status').filter({ hasText: 'Возвращён' }).waitFor();
      await drawer
        .getByTestId('report-review-comment')
        .getByText('Укажите число проведённых слушаний', { exact: false })
        .waitFor();
      const text = drawer.getByTestId('report-text');
      await text.fill('В 2026 году проведено публичных слушаний: ');
      // «Вставить показатель» puts {{hearings.held}} where the cursor is.
      await drawer.getByTestId('insert-indicator').click();
      await page.keyboard.type('публичных слушаний');
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
          hasText: 'Проведено публичных слушаний',
        })
        .first()
        .click();
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="report-text"]')?.value.includes('{{hearings.held}}'),
      );
      await text.press('End');
      await text.pressSequentially(' — по проектам планировки территорий и правилам землепользования и застройки.');
      const written = await text.inputValue();
      assert(
        written.startsWith('В 2026 году проведено публичных слушаний: {{hearings.held}} — по проектам'),
        `indicator inserted at the cursor: «${written}»`,
      );
      // The preview shows the current value of the indicator from the data.
      const figures = await (await page.request.get('/api/indicators/2026')).json();
      const held = figures.items.find((i) => i.key === 'hearings.held');
      assert(held && held.value !== null, 'the indicator has a value for 2026');
      const shown = drawer.locator('[data-testid="preview-indicator"][data-key="hearings.held"]');
      await shown.filter({ hasText: String(held.value) }).waitFor();
      await drawer
        .getByTestId('report-preview')
        .getByText(`проведено публичных слушаний: ${held.value} — по проектам`, { exact: false })
        .waitFor();
      await shot('41-plan-report-drawer');

      await drawer.getByTestId('report-save').click();
      await drawer.getByText('Есть несохранённые изменения').waitFor({ state: 'detached' });
      await drawer.getByTestId('report-submit').click();
      await drawer.getByTestId('report-status').filter({ hasText: 'Представлен' }).waitFor();
      await page.locator('.ant-drawer-close').click();
      await drawer.waitFor({ state: 'hidden' });
      await page
        .getByTestId('execution-table')
        .locator('tr[data-number="6.6"] [data-testid="unit-status"][data-status="submitted"]')
        .waitFor();
      await signOut(page);

      // 3. The officer sees the report submitted and accepts it.
      await signIn('officer');
      await openPlan(page, CURRENT);
      await page.getByTestId('measures-table').first().waitFor();
      await shot('42-plan-measures');
      // The officer's measure card reads the term as a rule.
      await page.getByTestId('measure-edit').first().click();
      await page.getByTestId('term-rule-description').getByText('Постоянно').waitFor();
      await page.locator('.ant-modal').getByRole('button', { name: 'Отмена' }).click();
      await page.locator('.ant-modal').waitFor({ state: 'hidden' });

      await page.getByTestId('plan-tab-dates').click();
      await page.getByTestId('control-dates-table').locator('tbody tr.ant-table-row').first().waitFor();
      await shot('43-plan-control-dates');

      const officerRow = await executionRow(page, 2026, '6.6');
      const submitted = officerRow.locator('[data-testid="unit-status"][data-status="submitted"]', {
        hasText: 'Управление архитектуры',
      });
      await submitted.waitFor();
      await shot('44-plan-execution-officer');
      await submitted.click();
      await drawer.getByTestId('report-status').filter({ hasText: 'Представлен' }).waitFor();
      await drawer
        .getByTestId('report-preview')
        .getByText(`публичных слушаний: ${held.value}`, { exact: false })
        .waitFor();
      await drawer.getByTestId('report-accept').click();
      await drawer.getByTestId('report-status').filter({ hasText: 'Принят' }).waitFor();
      await page.locator('.ant-drawer-close').click();
      await page
        .getByTestId('execution-table')
        .locator('tr[data-number="6.6"] [data-testid="unit-status"][data-status="accepted"]')
        .waitFor();

      // 4. The indicators of the year: computed and entered by hand.
      await page.getByTestId('main-menu').getByText('Показатели', { exact: true }).click();
      await pickOption(page, page.getByTestId('indicators-year'), '2024 год');
      await page.locator('[data-testid="indicator-value"][data-key="court.cases"]', { hasText: '14' }).waitFor();
      await page.getByTestId('manual-figures').waitFor();
      await shot('45-indicators');

      // 5. The annual report of the finished plan for 2024 as Word.
      await openPlan(page, PREVIOUS);
      await page.getByTestId('plan-tab-report').click();
      await pickOption(page, page.getByTestId('annual-year'), '2024 год');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('annual-generate').click(),
      ]);
      const name = download.suggestedFilename();
      assert(name.endsWith('.docx'), `a DOCX is downloaded: «${name}»`);
      const file = path.join(tmpDir, name);
      await download.saveAs(file);
      const bytes = readFileSync(file);
      assert(
        bytes.length > 5000 && bytes.subarray(0, 2).toString() === 'PK',
        `the DOCX is a zip of ${bytes.length} bytes`,
      );
      await page.getByTestId('annual-result').waitFor();
      await shot('46-plan-annual-report');
    },
  },
];
