import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { assert } from '../lib/harness.mjs';

/**
 * A package for the new campaign, made from one the demo already holds (a plain-XML one, UTF-16 with BOM):
 * the reporting year moved back a year and teaching income (line 2) added — the employee has no
 * notification of other paid work, so the analysis must find it. Never a real person's file.
 */
function retarget(bytes) {
  const xml = Buffer.from(bytes).subarray(2).toString('utf16le');
  const moved = xml
    .replace(/(Имя="ОтчетныйПериодНачало">)2025/g, '$12024')
    .replace(/(Имя="ОтчетныйПериодКонец">)2025/g, '$12024')
    .replace(
      /(<Доход><Атрибут Имя="ВеличинаДохода" Печать="Да">)0\.00(<\/Атрибут><Атрибут Имя="ВидДохода">ДоходОтПедагогическойИНаучнойДеятельности)/,
      '$1186400.00$2',
    );
  assert(moved !== xml && moved.includes('186400.00'), 'the demo package could be retargeted');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(moved, 'utf16le')]);
}

export const tests = [
  {
    name: 'declarations: the officer starts a campaign, imports a «Справки БК» package, sees the status and an analysis finding',
    fn: async ({ page, signIn, shot, tmpDir }) => {
      await signIn('officer');
      await page.getByTestId('main-menu').getByText('Декларационные кампании', { exact: true }).click();
      await page.getByTestId('page-title').filter({ hasText: 'Декларационные кампании' }).waitFor();
      // The demo's 2023 campaign: all 171 municipal employees and 4 heads of institutions filed.
      const row2023 = page.getByTestId('campaigns-table').locator('tbody tr', { hasText: '2023' });
      await row2023.getByText('175 из 175').waitFor();
      await shot('declarations-01-campaigns');

      // 1. A new campaign for 2024: the persons who must file are derived as of 31.12.2024.
      await page.getByTestId('campaign-new').click();
      const year = page.getByTestId('campaign-year');
      await year.fill('2024');
      await page.getByRole('button', { name: 'Начать', exact: true }).click();
      await page.getByTestId('page-title').filter({ hasText: 'Декларационная кампания за 2024 год' }).waitFor();
      const campaignId = page.url().split('/').pop()?.split('?')[0];
      // Who must file is derived from the organisation model: as many as the staff registry holds in declarant
      // positions today (171 + 4 in the demo, more when earlier tests of the run added employees).
      const count = async (q) =>
        (await (await page.request.get(`/api/employees?${q}&status=active&pageSize=1`)).json()).total;
      const municipal = await count('isDeclarant=true&kind=municipal_employee');
      const heads = await count('kind=institution_head');
      assert(municipal >= 171 && heads >= 4, `the demo's declarants: ${municipal} + ${heads}`);
      await page.getByTestId('summary-municipal_employee').getByText(`из ${municipal}`).waitFor();
      await page.getByTestId('summary-institution_head').getByText(`из ${heads}`).waitFor();
      await shot('declarations-02-campaign-summary');

      // 2. A package from the demo's 2025 campaign, moved to 2024 (see retarget).
      const campaigns = await (await page.request.get('/api/declaration-campaigns')).json();
      const c2025 = campaigns.items.find((c) => c.reportingYear === 2025);
      const packages = await (
        await page.request.get(`/api/declaration-campaigns/${c2025.id}/packages?pageSize=200`)
      ).json();
      // Its declarant must have no notice of other paid work, or the analysis rightly finds nothing.
      const notices = await (await page.request.get('/api/journals/outside-work-notice/entries?pageSize=200')).json();
      const notified = new Set(notices.items.map((e) => e.employeeId));
      const source = packages.items.find(
        (p) => p.fileName.endsWith('.xml') && !p.isClarifying && p.employeeId && !notified.has(p.employeeId),
      );
      assert(source, 'the demo holds a plain-XML package');
      const original = await (await page.request.get(`/api/declaration-packages/${source.id}/file`)).body();
      const file = path.join(tmpDir, 'Справка за 2024 год.xml');
      writeFileSync(file, retarget(original));

      await page.getByTestId('tab-import').click();
      await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
      await page.getByTestId('import-submit').click();
      const result = page.getByTestId('import-result');
      await result.getByText('Импортировано: 1; повторов: 0; ошибок: 0').waitFor();
      await result.getByText('Сопоставлена').first().waitFor();
      const declarant = (await result.locator('b').first().textContent()) ?? '';
      assert(declarant.endsWith('.xml'), `the result names the file: ${declarant}`);
      await shot('declarations-03-import');

      // The same file again changes nothing.
      await page.getByTestId('import-upload').locator('input[type=file]').setInputFiles(file);
      await page.getByTestId('import-submit').click();
      await result.getByText('Импортировано: 0; повторов: 1; ошибок: 0').waitFor();

      // 3. Status at a glance: the declarant's forms are received — after the deadline 30.04.2025.
      await page.goto(`/declarations/${campaignId}?tab=persons&role=self&status=late`);
      const rows = page.getByTestId('persons-table').locator('tbody tr.ant-table-row');
      await rows.first().waitFor();
      assert((await rows.count()) === 1, 'one declarant filed (late)');
      await rows.first().getByText('С опозданием').waitFor();
      await shot('declarations-04-persons');

      // 4. Analysis: teaching income without a notification of other paid work, with its evidence.
      await page.getByTestId('tab-findings').click();
      await page.getByTestId('run-analysis').click();
      const finding = page
        .getByTestId('findings-table')
        .locator('tbody tr', { hasText: 'Доход от иной оплачиваемой работы без уведомления' });
      await finding.first().waitFor();
      await finding.first().locator('.ant-table-row-expand-icon').click();
      await page.getByText('186 400', { exact: false }).first().waitFor();
      await finding.first().getByRole('button', { name: 'На рассмотрении' }).click();
      await page.getByRole('button', { name: 'Сохранить решение' }).click();
      await finding.first().getByText('На рассмотрении').waitFor();
      await shot('declarations-05-findings');

      // 5. The declaration itself, section by section.
      await page.goto(`/declarations/${campaignId}?tab=persons&role=self&status=late`);
      await rows.first().getByText('Открыть').click();
      await page
        .getByTestId('declaration-sections')
        .getByText('Раздел 1. Сведения о доходах', { exact: false })
        .waitFor();
      await shot('declarations-06-declaration');

      // 6. A paper form is typed in by sections, like the official one.
      await page.goto(`/declarations/${campaignId}?tab=persons&role=self&status=missing`);
      await rows.first().getByRole('button', { name: 'Внести вручную' }).click();
      await page.getByTestId('declaration-form').getByText('Раздел 1. Сведения о доходах').waitFor();
      await shot('declarations-07-manual-form');
    },
  },
];
