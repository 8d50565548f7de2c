import { assert, demoPassword } from '../lib/harness.mjs';

export const tests = [
  {
    name: 'auth: officer signs in, sees the home page, signs out',
    fn: async ({ page, shot }) => {
      await page.goto('/');
      await page.waitForURL('**/login');
      await page.getByText('Антикор', { exact: true }).waitFor();
      await shot('01-login');
      await page.getByTestId('login-input').fill('officer');
      await page.getByTestId('password-input').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('page-title').filter({ hasText: 'Главная' }).waitFor();
      await page.getByText('Требует вашего внимания').waitFor();
      const menu = page.getByTestId('main-menu');
      for (const item of ['Организации', 'Сотрудники', 'Импорт штатного списка', 'Журнал аудита']) {
        await menu.getByText(item, { exact: true }).waitFor();
      }
      // The officer administers nothing: no user management in the menu.
      assert(
        (await menu.getByText('Пользователи', { exact: true }).count()) === 0,
        'officer must not see «Пользователи»',
      );
      await shot('02-home-officer');

      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: 'Выйти' }).click();
      await page.waitForURL('**/login');
      // The session is gone: the home page sends us back to sign in.
      await page.goto('/');
      await page.waitForURL('**/login');
    },
  },
  {
    name: 'auth: a wrong password shows the Russian error',
    fn: async ({ page, shot }) => {
      await page.goto('/login');
      await page.getByTestId('login-input').fill('officer');
      await page.getByTestId('password-input').fill('not-the-password');
      await page.getByTestId('login-submit').click();
      const error = page.getByTestId('login-error');
      await error.waitFor();
      const text = await error.innerText();
      assert(/неверный логин или пароль/i.test(text), `error text: ${text}`);
      assert(page.url().endsWith('/login'), 'stays on the login page');
      await shot('03-login-error');
      // An empty form is checked before anything is sent.
      await page.getByTestId('login-input').fill('');
      await page.getByTestId('login-submit').click();
      await page.getByText('Введите логин').waitFor();
    },
  },
];
