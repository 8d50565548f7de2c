import { pickOption } from '../lib/antd.mjs';
import { assert } from '../lib/harness.mjs';

export const tests = [
  {
    name: 'pages: organisation registries and administration render for the administrator',
    fn: async ({ page, signIn, shot }) => {
      await signIn('admin');
      await page.goto('/org/organisations');
      await page.getByTestId('org-tree').getByText('Администрация КМО').waitFor();
      await page.getByTestId('org-tree').getByText('КУМИ КМО').waitFor();
      await shot('13-organisations');

      await page.goto('/org/subdivisions');
      await page.getByTestId('subdivisions-table').getByText('Правовое управление', { exact: true }).waitFor();
      await shot('14-subdivisions');

      await page.goto('/org/positions');
      await page.getByTestId('positions-table').locator('.ant-tag', { hasText: 'В перечне' }).first().waitFor();
      await shot('15-positions');

      await page.goto('/admin/users');
      await page.getByTestId('users-table').getByText('officer', { exact: true }).waitFor();
      await shot('16-users');
    },
  },
  {
    name: 'users: a new user gets a temporary password and must change it at first sign-in',
    fn: async ({ page, signIn, shot, context }) => {
      await signIn('admin');
      await page.goto('/admin/users');
      await page.getByTestId('user-add').click();
      const form = page.getByTestId('user-form');
      await form.getByLabel('Логин').fill('petrova.ea');
      await form.getByLabel('ФИО').fill('Петрова Елена Анатольевна');
      await pickOption(page, form.getByTestId('user-roles'), 'Кадровая служба');
      await form
        .getByTestId('user-roles')
        .locator('.ant-select-selection-item', { hasText: 'Кадровая служба' })
        .waitFor();
      await page.keyboard.press('Escape');
      await shot('17-user-form');
      await page.locator('.ant-modal').getByRole('button', { name: 'Создать' }).click();
      const password = (await page.getByTestId('temporary-password').innerText()).trim();
      assert(password.length >= 10, `temporary password shown: «${password}»`);
      await shot('18-temporary-password');
      await page.getByRole('button', { name: 'Пароль передан пользователю' }).click();
      await page.getByTestId('users-table').getByText('petrova.ea').waitFor();

      await context.clearCookies();
      await page.goto('/login');
      await page.getByTestId('login-input').fill('petrova.ea');
      await page.getByTestId('password-input').fill(password);
      await page.getByTestId('login-submit').click();
      await page.waitForURL('**/change-password');
      await page.getByText('Вы вошли с временным паролем').waitFor();
      // Other pages are closed until the password is changed.
      await page.goto('/org/employees');
      await page.waitForURL('**/change-password');
      await shot('19-change-password');
      await page.getByTestId('current-password').fill(password);
      await page.getByTestId('new-password').fill('короткий');
      await page.getByTestId('confirm-password').fill('другой');
      await page.getByTestId('change-password-submit').click();
      await page.getByText('Пароль: не короче 10 символов').waitFor();
      await page.getByText('Пароли не совпадают').waitFor();
      await page.getByTestId('new-password').fill('кедровая шишка 2024');
      await page.getByTestId('confirm-password').fill('кедровая шишка 2024');
      await page.getByTestId('change-password-submit').click();
      await page.getByTestId('page-title').filter({ hasText: 'Главная' }).waitFor();
      await page.goto('/org/employees');
      await page.getByTestId('employees-table').locator('tbody tr.ant-table-row').first().waitFor();
    },
  },
  {
    name: 'access: a legal-department user sees no staff registry and no administration',
    fn: async ({ page, signIn, shot }) => {
      await signIn('legal');
      const menu = page.getByTestId('main-menu');
      await menu.getByText('Организации', { exact: true }).waitFor();
      for (const hidden of ['Сотрудники', 'Импорт штатного списка', 'Пользователи', 'Журнал аудита']) {
        assert((await menu.getByText(hidden, { exact: true }).count()) === 0, `legal must not see «${hidden}»`);
      }
      await page.goto('/admin/users');
      await page.getByText('Нет доступа').waitFor();
      await shot('20-forbidden');
    },
  },
];
