import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fillDate } from '../lib/antd.mjs';
import { assert } from '../lib/harness.mjs';

/** Today in the browser's time zone (the harness runs Chromium in Кемерово time) as ДД.ММ.ГГГГ. */
const today = () => new Intl.DateTimeFormat('ru-RU', { timeZone: 'Asia/Novokuznetsk' }).format(new Date());

// Unique per run, so the officer's search finds exactly this notice among the demo entries.
const giftName = `Настольные часы с гравировкой ${Date.now().toString(36)}`;

export const tests = [
  {
    name: 'journals: an employee files a gift notice, the officer takes the gift into storage, «Сроки» lists deadlines',
    fn: async ({ page, signIn, shot, tmpDir }) => {
      // 1. A municipal employee files the notice themself (ПП РФ № 10, п. 5), value unknown.
      await signIn('employee');
      const menu = page.getByTestId('main-menu');
      await menu.getByText('Мои уведомления', { exact: true }).waitFor();
      assert(
        (await menu.getByText('Судебные дела', { exact: true }).count()) === 0,
        'an employee sees no registers of others',
      );
      await menu.getByText('Подать уведомление', { exact: true }).click();
      await page.getByTestId('notice-kind-gift-notice').click();
      await page.getByTestId('page-title').filter({ hasText: 'Уведомление о получении подарка' }).waitFor();

      // An empty form is checked before anything is sent, in Russian, next to the fields.
      await page.getByTestId('entry-submit').click();
      await page
        .locator('.ant-form-item-explain-error', { hasText: '«Наименование подарка»: обязательное поле' })
        .waitFor();

      await fillDate(page, page.getByTestId('field-receivedOn'), today());
      await page
        .getByTestId('field-eventName')
        .fill('Торжественное собрание ко Дню местного самоуправления, г. Кемерово');
      await page.getByTestId('field-giftName').fill(giftName);
      await page.getByTestId('field-quantity').fill('1');
      await shot('21-gift-notice-form');
      await page.getByTestId('entry-submit').click();

      await page.waitForURL(/\/journals\/gift-notice\/[0-9a-f-]{36}$/);
      const regNumber = (await page.getByTestId('entry-number').textContent())?.trim() ?? '';
      assert(/^\d+\/\d{4}$/.test(regNumber), `registered with a number: «${regNumber}»`);
      assert(
        (await page.getByTestId('entry-status').first().textContent())?.includes('Зарегистрировано'),
        'status «Зарегистрировано»',
      );
      // Value unknown → the gift must be handed over within 5 working days (ПП РФ № 10, п. 7).
      const handover = page.locator('[data-testid="entry-deadline"][data-code="handover"]');
      await handover.waitFor();
      assert((await handover.getAttribute('data-state')) !== 'met', 'hand-over deadline is open');
      assert(
        (await page.getByTestId('entry-actions').getByRole('button').count()) === 0,
        'the notifier has no workflow steps',
      );

      // The notifier attaches the programme of the event (any accepted type; the server checks the content).
      const programme = path.join(tmpDir, 'Программа мероприятия.txt');
      writeFileSync(programme, 'Программа торжественного собрания ко Дню местного самоуправления\n');
      await page.getByTestId('entry-attachments').locator('input[type=file]').setInputFiles(programme);
      await page.getByTestId('attachment').filter({ hasText: 'Программа мероприятия.txt' }).waitFor();

      await page.goto('/my-notices');
      await page
        .getByTestId('my-notices-table')
        .locator('tbody tr', { hasText: regNumber })
        .getByText(giftName)
        .waitFor();

      await page.getByTestId('user-menu').click();
      await page.getByRole('menuitem', { name: 'Выйти' }).click();
      await page.waitForURL('**/login');

      // 2. The officer finds it in «Подарки» and takes the gift into storage by an act.
      await signIn('officer');
      await page.getByTestId('main-menu').getByText('Подарки', { exact: true }).click();
      await page
        .getByTestId('page-title')
        .filter({ hasText: 'Журнал регистрации уведомлений о получении подарков' })
        .waitFor();
      await page.getByTestId('journal-search').locator('input').fill(giftName);
      await page.getByTestId('journal-search').locator('input').press('Enter');
      // The list keeps the previous page on screen while the search runs: wait for the found row alone.
      const rows = page.getByTestId('entries-table').locator('tbody tr.ant-table-row');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="entries-table"] tbody tr.ant-table-row').length === n,
        1,
      );
      const row = rows.filter({ hasText: regNumber });
      await row.waitFor();
      assert((await row.getByTestId('deadline-tag').count()) === 1, 'the row shows its nearest deadline');
      await shot('22-gift-journal');
      await row.getByTestId('entry-link').click();
      await page.waitForURL(/\/journals\/gift-notice\/[0-9a-f-]{36}$/);
      await page.getByTestId('entry-number').filter({ hasText: regNumber }).waitFor();
      await page.getByTestId('attachment').filter({ hasText: 'Программа мероприятия.txt' }).waitFor();
      await page.getByTestId('comment-text').fill('Прошу сдать подарок в отдел до конца недели');
      await page.getByTestId('comment-add').click();
      await page.getByTestId('comment').filter({ hasText: 'Прошу сдать подарок' }).waitFor();

      await page.getByTestId('action-hand_over').click();
      const modal = page.getByTestId('transition-modal');
      await modal.waitFor();
      await page.locator('.ant-modal-title', { hasText: 'Принять на хранение по акту' }).waitFor();
      // The step's required fields are checked before sending.
      await page.getByTestId('transition-submit').click();
      await modal.locator('.ant-form-item-explain-error', { hasText: 'Номер и дата акта приема-передачи' }).waitFor();
      await modal.getByTestId('field-handoverAct').fill(`№ 14 от ${today()}`);
      await fillDate(page, modal.getByTestId('field-handedOverOn'), today());
      await modal.getByTestId('transition-comment').fill('Подарок принят материально ответственным лицом');
      await page.getByTestId('transition-submit').click();
      await modal.waitFor({ state: 'hidden' });

      await page
        .getByTestId('entry-summary')
        .getByTestId('entry-status')
        .filter({ hasText: 'Передан на хранение' })
        .waitFor();
      await page.locator('[data-testid="entry-deadline"][data-code="handover"][data-state="met"]').waitFor();
      await page.getByTestId('entry-processing-fields').getByText(`№ 14 от ${today()}`).waitFor();
      await page
        .getByTestId('entry-history')
        .getByText('«Зарегистрировано» → «Передан на хранение»', { exact: false })
        .waitFor();
      await shot('23-gift-entry-card');

      // 3. «Сроки» lists the live deadlines of the journals, each linking to its entry.
      await page.getByTestId('main-menu').getByText('Сроки', { exact: true }).click();
      await page.getByTestId('page-title').filter({ hasText: 'Сроки' }).waitFor();
      await page.getByTestId('deadlines-tab-open').click();
      // The gift in storage now has the buy-out application term (ПП РФ № 10, п. 12) running.
      const ours = page
        .getByTestId('deadlines-table')
        .locator('tbody tr.ant-table-row', { hasText: 'Заявление о выкупе' })
        .filter({ hasText: regNumber })
        .filter({ hasText: 'Подарки' });
      await ours.waitFor();
      await page.getByTestId('deadlines-table').locator('.ant-spin-spinning').waitFor({ state: 'detached' });
      const open = await page.getByTestId('deadlines-table').locator('tbody tr.ant-table-row').count();
      assert(open > 1, `open deadlines of several entries listed: ${open}`);
      await shot('24-deadlines');
      await ours.getByTestId('deadline-entry-link').click();
      await page.waitForURL(/\/journals\/[a-z-]+\/[0-9a-f-]{36}$/);
      await page.getByTestId('entry-number').filter({ hasText: regNumber }).waitFor();
      await page.getByTestId('entry-deadlines').waitFor();
    },
  },
];
