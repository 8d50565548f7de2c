import { fillDate, pickOption, pickTreeNode } from '../lib/antd.mjs';
import { assert } from '../lib/harness.mjs';

export const tests = [
  {
    name: 'employee: create an employee with a spouse and see both on the card',
    fn: async ({ page, signIn, shot }) => {
      await signIn('hr');
      await page.goto('/org/employees');
      await page.getByTestId('employees-table').locator('tbody tr.ant-table-row').first().waitFor();
      await shot('04-employees');
      await page.getByTestId('employee-add').click();
      await page.getByTestId('page-title').filter({ hasText: 'Новый сотрудник' }).waitFor();

      // Saving an empty form shows the Russian messages next to the fields.
      await page.getByTestId('employee-submit').click();
      const fieldErrors = page.locator('.ant-form-item-explain-error');
      await fieldErrors.filter({ hasText: 'Фамилия: обязательное поле' }).waitFor();
      await fieldErrors.filter({ hasText: 'Выберите должность' }).waitFor();
      await fieldErrors.filter({ hasText: 'Укажите дату приёма' }).waitFor();

      await page.getByTestId('person-last-name').fill('Вершинина');
      await page.getByTestId('person-first-name').fill('Алёна');
      await page.getByTestId('person-middle-name').fill('Игоревна');
      await fillDate(page, page.getByTestId('person-birth-date'), '14.03.1985');
      await pickTreeNode(page, page.getByTestId('employee-subdivision'), 'Правовое управление');
      await pickOption(page, page.getByTestId('employee-position'), 'Главный специалист');
      await fillDate(page, page.getByTestId('employee-hired-at'), '01.02.2019');
      await shot('05-new-employee');
      await page.getByTestId('employee-submit').click();

      // The card opens after saving.
      await page.waitForURL(/\/org\/employees\/[0-9a-f-]{36}$/);
      await page.getByTestId('page-title').filter({ hasText: 'Вершинина Алёна Игоревна' }).waitFor();
      const person = page.getByTestId('employee-person');
      await person.getByText('14.03.1985').waitFor();
      const employment = page.getByTestId('employee-employment');
      await employment.getByText('Главный специалист').waitFor();
      await employment.getByText('Правовое управление').waitFor();
      await employment.getByText('01.02.2019').waitFor();
      await page.getByText('Сведения о родственниках не внесены').waitFor();

      await page.getByTestId('relative-add').click();
      const modal = page.locator('.ant-modal').filter({ hasText: 'Новый родственник' });
      await modal.waitFor();
      await pickOption(page, modal.getByTestId('relative-relation'), 'Супруг(а)');
      await modal.getByTestId('person-last-name').fill('Вершинин');
      await modal.getByTestId('person-first-name').fill('Павел');
      await modal.getByTestId('person-middle-name').fill('Сергеевич');
      await fillDate(page, modal.getByTestId('person-birth-date'), '02.11.1983');
      await modal.getByLabel('Место работы (учёбы)').fill('ООО «Кузбасстрой»');
      await modal.getByLabel('Должность', { exact: true }).fill('Инженер-сметчик');
      await shot('06-relative-form');
      await modal.getByTestId('relative-submit').click();
      await modal.waitFor({ state: 'hidden' });

      const relatives = page.getByTestId('relatives-table');
      const row = relatives.locator('tbody tr', { hasText: 'Вершинин Павел Сергеевич' });
      await row.waitFor();
      const text = await row.innerText();
      assert(text.includes('Супруг(а)'), `relation shown: ${text}`);
      assert(text.includes('02.11.1983'), `birth date shown: ${text}`);
      assert(text.includes('ООО «Кузбасстрой», Инженер-сметчик'), `workplace shown: ${text}`);
      await shot('07-employee-card');

      // After a reload the card still has both (it was saved, not just drawn).
      await page.reload();
      await page.getByTestId('relatives-table').locator('tbody tr', { hasText: 'Вершинин Павел Сергеевич' }).waitFor();

      // Editing: the spouse now lives abroad; a son added by mistake is deleted again.
      await relatives
        .locator('tbody tr', { hasText: 'Вершинин Павел Сергеевич' })
        .getByRole('button', { name: 'Изменить' })
        .click();
      const edit = page.locator('.ant-modal').filter({ hasText: 'Родственник' });
      await edit.getByText('Проживает за границей').click();
      await edit.getByTestId('relative-submit').click();
      await edit.waitFor({ state: 'hidden' });
      await relatives
        .locator('tbody tr', { hasText: 'Вершинин Павел Сергеевич' })
        .locator('.ant-tag', { hasText: 'Да' })
        .waitFor();

      await page.getByTestId('relative-add').click();
      const second = page.locator('.ant-modal').filter({ hasText: 'Новый родственник' });
      await pickOption(page, second.getByTestId('relative-relation'), 'Сын');
      await second.getByTestId('person-last-name').fill('Вершинин');
      await second.getByTestId('person-first-name').fill('Тимофей');
      await second.getByTestId('relative-submit').click();
      await second.waitFor({ state: 'hidden' });
      const son = relatives.locator('tbody tr', { hasText: 'Вершинин Тимофей' });
      await son.getByRole('button', { name: 'Удалить' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: 'Удалить' }).click();
      await son.waitFor({ state: 'detached' });

      // Employment changes through the edit form and shows on the card.
      await page.getByTestId('employee-edit').click();
      await page.getByLabel('Табельный номер').fill('00777');
      await page.getByTestId('employee-submit').click();
      await page.getByTestId('employee-employment').getByText('00777').waitFor();

      // And the register finds the new employee by surname.
      await page.goto('/org/employees');
      await page.getByTestId('employees-search').locator('input').fill('Вершинина');
      await page.getByTestId('employees-search').locator('input').press('Enter');
      await page.getByTestId('employees-table').locator('tbody tr', { hasText: 'Вершинина Алёна Игоревна' }).waitFor();
    },
  },
];
