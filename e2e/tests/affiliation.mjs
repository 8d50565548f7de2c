import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { assert } from '../lib/harness.mjs';

// Unique per run, so the queue search finds exactly this supplier among the demo counterparties.
const supplier = `ООО «Е2Е Поставка ${Date.now().toString(36)}»`;

export const tests = [
  {
    name: 'affiliation: the demo queue, a counterparty import planting a relative as director, the check, a decision with reason',
    fn: async ({ page, signIn, shot, tmpDir }) => {
      await signIn('officer');
      // The demo organisation's queue is not empty: the planted links of the demo counterparties.
      await page.getByTestId('main-menu').getByText('Связи с контрагентами', { exact: true }).click();
      await page.getByTestId('page-title').filter({ hasText: 'Связи с контрагентами' }).waitFor();
      const rows = page.getByTestId('links-table').locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      assert((await rows.count()) >= 3, 'the demo queue holds the planted links');
      await page.getByTestId('last-run').waitFor();
      await shot('affiliation-01-queue');

      // A relative of a demo employee, read from the HR profile, becomes the director of a new supplier.
      const profiles = await (await page.request.get('/api/affiliation/profiles?pageSize=200')).json();
      let relative;
      for (const p of profiles.items.filter((x) => x.relatives > 0)) {
        const profile = await (await page.request.get(`/api/affiliation/profiles/${p.employeeId}`)).json();
        relative = profile.persons.find((x) => x.relation !== 'self' && x.birthDate);
        if (relative) break;
      }
      assert(relative, 'a demo employee has a relative with a birth date');
      const [last, first, middle = ''] = relative.name.split(' ');
      const birth = relative.birthDate.split('-').reverse().join('.');
      const csv = path.join(tmpDir, 'контрагенты-e2e.csv');
      writeFileSync(
        csv,
        [
          'id,company_inn,company_name,role,last_name,first_name,middle_name,birth_date,inn,phones,emails,addresses',
          `e2e-1,,"${supplier.replace(/"/g, '""')}",директор,${last.toUpperCase()},${first},${middle},${birth},,,,`,
          `e2e-2,,"${supplier.replace(/"/g, '""')}",учредитель,Незнакомов,Пётр,Ильич,01.01.1960,,,,`,
        ].join('\n'),
      );
      await page.getByTestId('main-menu').getByText('Контрагенты', { exact: true }).click();
      await page.getByTestId('page-title').filter({ hasText: 'Контрагенты' }).waitFor();
      await page.locator('input[type=file]').setInputFiles(csv);
      await page.getByTestId('counterparty-commit').waitFor();
      await shot('affiliation-02-import-preview');
      await page.getByTestId('counterparty-commit').click();
      const result = page.getByTestId('counterparty-result');
      await result.waitFor();
      const text = (await result.textContent()) ?? '';
      assert(/Новых строк: 2/.test(text), `two rows created: ${text}`);
      assert(
        /Проверка № \d+: связей \d+, новых [1-9]/.test(text),
        `the check after the import found a new link: ${text}`,
      );

      // The link is in the queue; its card shows the path and the evidence.
      await page.goto(`/affiliation?q=${encodeURIComponent('Е2Е Поставка')}`);
      const row = page.getByTestId('links-table').locator('tbody tr.ant-table-row', { hasText: supplier });
      await row.first().waitFor();
      await row.first().click();
      await page.waitForURL(/\/affiliation\/links\/[0-9a-f-]{36}$/);
      await page.getByTestId('link-path').getByText(supplier).waitFor();
      await page.getByTestId('evidence-table').getByText('Дата рождения').waitFor();
      await shot('affiliation-03-link-card');

      // «Не подтверждено» needs a reason: refused without one, recorded with one.
      const form = page.getByTestId('decision-form');
      await form.getByText('Не подтверждено', { exact: true }).click();
      await page.getByTestId('decision-submit').click();
      await form.locator('.ant-form-item-explain-error', { hasText: 'Укажите причину' }).waitFor();
      await form.locator('textarea').fill('Родственник вышел из состава руководства до начала закупки (выписка ЕГРЮЛ)');
      await page.getByTestId('decision-submit').click();
      await page.locator('.ant-tag', { hasText: 'Не подтверждена' }).first().waitFor();
      await page.getByTestId('link-history').getByText('решение: Не подтверждена').waitFor();
      await shot('affiliation-04-decided');
    },
  },
];
