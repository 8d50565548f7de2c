import path from 'node:path';
import { assert } from '../lib/harness.mjs';
import { readHeaders, sheetText, staffHeaders, writeStaffFile } from '../lib/staff-file.mjs';

async function upload(page, file) {
  await page.locator('input[type=file]').setInputFiles(file);
}

/** How many rows the register shows when searching for `surname` (waits for the API's answer). */
async function findEmployee(page, surname) {
  const answered = page.waitForResponse((r) => r.url().includes('/api/employees?') && r.url().includes('q='));
  await page.goto(`/org/employees?q=${encodeURIComponent(surname)}&status=all`);
  const { total } = await (await answered).json();
  const table = page.getByTestId('employees-table');
  if (total > 0) await table.locator('tbody tr.ant-table-row', { hasText: surname }).first().waitFor();
  else await table.getByText('Никого не найдено').waitFor();
  return table.locator('tbody tr.ant-table-row', { hasText: surname }).count();
}

export const tests = [
  {
    name: 'staff import: template, good file → preview → commit → employees appear',
    fn: async ({ page, signIn, shot, tmpDir }) => {
      await signIn('officer');
      await page.goto('/org/import');
      await page.getByTestId('import-columns').getByText('Должность в перечне (да/нет)').waitFor();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('import-template').click(),
      ]);
      const template = path.join(tmpDir, 'template.xlsx');
      await download.saveAs(template);
      const headers = await readHeaders(template);
      assert(
        staffHeaders.every((h) => headers.includes(h)),
        `template headers ${JSON.stringify(headers)} lack some of ${JSON.stringify(staffHeaders)}`,
      );

      const good = path.join(tmpDir, 'штатный-список.xlsx');
      await writeStaffFile(good, [
        [
          '00901',
          'Ольховский',
          'Денис',
          'Андреевич',
          '05.06.1990',
          '',
          '',
          '+7 (3842) 11-22-33',
          'olhovsky@example.ru',
          'Правовое управление',
          'Консультант-советник',
          'да',
          'муниципальный служащий',
          '15.01.2024',
          '',
        ],
        [
          '00902',
          'Залесская',
          'Ксения',
          'Олеговна',
          new Date(Date.UTC(1993, 8, 21)),
          '',
          '',
          '',
          '',
          'Управление информационных технологий',
          'Программист',
          'нет',
          'работник',
          '01.03.2023',
          '',
        ],
        [
          '00903',
          'Кречетов',
          'Аркадий',
          'Ильич',
          '11.12.1978',
          '',
          '',
          '',
          '',
          'Отдел контрактной службы',
          'Ведущий специалист-эксперт',
          'да',
          'муниципальный служащий',
          '10.10.2022',
          '',
        ],
      ]);
      await upload(page, good);
      const rows = page.getByTestId('import-rows');
      await rows.locator('tbody tr', { hasText: 'Ольховский Денис Андреевич' }).waitFor();
      await rows.locator('tbody tr', { hasText: 'Залесская Ксения Олеговна' }).waitFor();
      await rows.locator('tbody tr', { hasText: 'Кречетов Аркадий Ильич' }).waitFor();
      assert((await page.getByTestId('import-errors').count()) === 0, 'a good file has no errors table');
      const commit = page.getByTestId('import-commit');
      assert(await commit.isEnabled(), '«Загрузить» is enabled for a file without errors');
      await shot('08-import-preview');
      await commit.click();
      const result = page.getByTestId('import-result');
      await result.waitFor();
      const text = await result.innerText();
      assert(text.includes('Добавлено сотрудников: 3'), `result: ${text}`);
      await shot('09-import-result');

      assert((await findEmployee(page, 'Ольховский')) === 1, 'Ольховский is in the register');
      // The Excel export takes the same filters as the list.
      const [exported] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('employees-export').click(),
      ]);
      const exportFile = path.join(tmpDir, 'export.xlsx');
      await exported.saveAs(exportFile);
      const exportedText = await sheetText(exportFile);
      assert(exportedText.includes('Ольховский'), 'the export holds the employee found');
      assert(!exportedText.includes('Кречетов'), 'the export holds only the employees found');
      assert((await findEmployee(page, 'Кречетов')) === 1, 'Кречетов is in the register');
    },
  },
  {
    name: 'staff import: a bad file shows per-row errors and writes nothing',
    fn: async ({ page, signIn, shot, tmpDir }) => {
      await signIn('officer');
      await page.goto('/org/import');
      const bad = path.join(tmpDir, 'с-ошибками.xlsx');
      await writeStaffFile(bad, [
        [
          '00911',
          'Чернышёва',
          'Полина',
          'Романовна',
          '03.04.1991',
          '',
          '',
          '',
          '',
          'Правовое управление',
          'Главный специалист',
          'да',
          'муниципальный служащий',
          '01.09.2021',
          '',
        ],
        [
          '00912',
          '',
          'Глеб',
          'Аркадьевич',
          '17.07.1988',
          '',
          '',
          '',
          '',
          'Правовое управление',
          'Главный специалист',
          'да',
          'муниципальный служащий',
          '01.09.2021',
          '',
        ],
        [
          '00913',
          'Лаптева',
          'Дарья',
          'Ивановна',
          '31.02.1990',
          '',
          '',
          '',
          '',
          'Правовое управление',
          'Главный специалист',
          'да',
          'муниципальный служащий',
          '01.09.2021',
          '',
        ],
      ]);
      await upload(page, bad);
      const errors = page.getByTestId('import-errors');
      await errors.waitFor();
      const row3 = errors.locator('tbody tr', { hasText: 'Фамилия' });
      await row3.waitFor();
      assert(
        (await row3.first().locator('td').first().innerText()).trim() === '3',
        'the missing surname is reported in row 3',
      );
      const row4 = errors.locator('tbody tr', { hasText: 'Дата рождения' });
      await row4.waitFor();
      assert(
        (await row4.first().locator('td').first().innerText()).trim() === '4',
        'the bad date is reported in row 4',
      );
      assert(/31\.02\.1990/.test(await row4.first().innerText()), 'the message quotes the bad value');
      // The bad rows are in the preview table too, in red.
      await page.getByTestId('import-rows').locator('tr.row-has-error').nth(1).waitFor();
      assert(await page.getByTestId('import-commit').isDisabled(), '«Загрузить» is disabled while the file has errors');
      await shot('10-import-errors');

      // Even a direct commit (bypassing the disabled button) is refused whole: 422, nothing written.
      const me = await (await page.request.get('/api/auth/me')).json();
      const { readFile } = await import('node:fs/promises');
      const res = await page.request.post('/api/staff-import/commit', {
        headers: { 'x-csrf-token': me.csrfToken },
        multipart: {
          file: {
            name: 'с-ошибками.xlsx',
            mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            buffer: await readFile(bad),
          },
        },
      });
      assert(res.status() === 422, `commit of a bad file answers 422, got ${res.status()}`);
      const body = await res.json();
      assert(
        body.code === 'UNPROCESSABLE' && body.details.some((d) => d.row === 3),
        `422 body names row 3: ${JSON.stringify(body)}`,
      );
      assert((await findEmployee(page, 'Чернышёва')) === 0, 'the good row of a bad file was not written');
    },
  },
];
