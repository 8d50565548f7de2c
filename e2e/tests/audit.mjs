import { pickOption } from '../lib/antd.mjs';
import { assert } from '../lib/harness.mjs';

/** Filters the audit log by one event type and returns the texts of the rows shown. */
async function rowsOfType(page, label) {
  const type = page.getByTestId('audit-type');
  await type.hover();
  const clear = type.locator('.ant-select-clear');
  if (await clear.isVisible().catch(() => false)) await clear.click();
  await pickOption(page, type, label, { search: true });
  await page.waitForLoadState('networkidle');
  const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
  await rows.first().waitFor();
  return rows.allInnerTexts();
}

export const tests = [
  {
    // Runs after the auth, employee and import tests in the same server: it looks for their actions.
    name: 'audit: the administrator sees the earlier actions and the chain verifies',
    fn: async ({ page, signIn, shot }) => {
      await signIn('admin');
      await page.goto('/admin/audit');
      await page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first().waitFor();
      await shot('11-audit');

      const failedLogins = await rowsOfType(page, 'Неудачная попытка входа');
      assert(
        failedLogins.some((r) => r.includes('officer')),
        `failed login of officer: ${failedLogins.join(' | ')}`,
      );
      const created = await rowsOfType(page, 'Добавлен сотрудник');
      assert(
        created.some((r) => r.includes('hr')),
        `employee created by hr: ${created.join(' | ')}`,
      );
      const relatives = await rowsOfType(page, 'Добавлен родственник');
      assert(
        relatives.some((r) => r.includes('hr')),
        `relative added by hr: ${relatives.join(' | ')}`,
      );
      const imports = await rowsOfType(page, 'Импорт штатного списка');
      assert(
        imports.length === 1 && imports[0].includes('officer'),
        `one committed import by officer: ${imports.join(' | ')}`,
      );
      await shot('12-audit-filtered');

      await page.getByTestId('audit-verify').click();
      const verdict = page.getByTestId('audit-verify-result');
      await verdict.waitFor();
      const text = await verdict.innerText();
      assert(text.includes('Целостность журнала подтверждена'), `verification: ${text}`);
    },
  },
];
