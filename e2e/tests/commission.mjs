import { fillDate, pickOption } from '../lib/antd.mjs';
import { assert } from '../lib/harness.mjs';

/** Today in the office's time zone as ДД.ММ.ГГГГ. */
const today = () => new Intl.DateTimeFormat('ru-RU', { timeZone: 'Asia/Novokuznetsk' }).format(new Date());
// Unique per run, so the case is found among the demo ones.
const subject = `Тестов Пётр Ильич ${Date.now().toString(36)}, главный специалист`;

export const tests = [
  {
    name: 'commission: the secretary opens a question, schedules a meeting, records attendance, an interested member and the vote, holds it; protocol and anonymised summary',
    fn: async ({ page, signIn, shot, baseUrl }) => {
      await signIn('officer');
      // The secretary's home page lists the commission's work of the demo (cases waiting, a meeting ahead).
      await page.getByText('Ожидает заседания комиссии', { exact: false }).first().waitFor();
      await shot('60-commission-home');

      const menu = page.getByTestId('main-menu');
      await menu.getByText('Комиссия', { exact: true }).click();
      await menu.getByText('Вопросы', { exact: true }).click();
      await page.getByTestId('page-title').filter({ hasText: 'Комиссия: вопросы' }).waitFor();
      await page.getByTestId('cases-table').locator('tbody tr').first().waitFor();

      // 1. A submission of a commission member (Указ № 821, п. 16 «в»), opened by hand.
      await page.getByTestId('case-add').click();
      await page.getByText('Другое основание', { exact: true }).click();
      await page.getByTestId('case-submit').click();
      await page.locator('.ant-form-item-explain-error', { hasText: 'Укажите основание' }).waitFor();
      await pickOption(page, page.getByTestId('case-ground'), 'Представление руководителя или члена комиссии');
      await page.getByLabel('…или ФИО и должность, если человека нет в штатном списке').fill(subject);
      await fillDate(page, page.getByTestId('case-received'), today());
      await page
        .getByTestId('case-summary')
        .fill('Представление члена комиссии о соблюдении требований к служебному поведению при проведении проверки');
      await shot('61-commission-new-case');
      await page.getByTestId('case-submit').click();
      await page.waitForURL(/\/commission\/cases\/[0-9a-f-]{36}$/);
      const title = (await page.getByTestId('page-title').filter({ hasText: 'Вопрос №' }).textContent()) ?? '';
      const regNumber = title.replace('Вопрос № ', '').trim();
      assert(/^\d+\/\d{4}$/.test(regNumber), `case number «${regNumber}»`);
      await page.getByTestId('case-status').filter({ hasText: 'Ожидает заседания' }).waitFor();
      await page.getByText('Заседание комиссии: до', { exact: false }).first().waitFor();

      // 2. A meeting today with the case on its agenda.
      await page.goto('/commission/meetings');
      await page.getByTestId('meeting-add').click();
      await page.getByTestId('meeting-place').fill('Администрация, каб. 210');
      await pickOption(page, page.getByTestId('meeting-cases'), `№ ${regNumber}`);
      await page.locator('.ant-modal-title').click(); // close the multiple select's list
      await page.getByTestId('meeting-submit').click();
      await page.waitForURL(/\/commission\/meetings\/[0-9a-f-]{36}$/);
      const meetingUrl = page.url();
      await page.getByTestId('meeting-status').filter({ hasText: 'Назначено' }).waitFor();

      // 3. Attendance: every member present; quorum shown.
      const boxes = page.getByTestId('attendance').locator('input[type=checkbox]');
      const count = await boxes.count();
      assert(count >= 5, `the demo composition has members (${count})`);
      for (let i = 0; i < count; i++) await boxes.nth(i).check();
      await page.getByTestId('attendance-save').click();
      await page
        .getByTestId('quorum')
        .filter({ hasText: `Присутствуют ${count} из ${count}` })
        .waitFor();

      // 4. The fourth member declares a personal interest: they disappear from the vote (п. 21).
      const item = page.getByTestId('agenda-item-0');
      await item.getByTestId('item-interested').locator('input[type=checkbox]').nth(3).check();
      await item.getByText('Принято решение', { exact: true }).click();
      await pickOption(page, item.getByTestId('item-decision'), 'Принято соответствующее решение');
      await item.getByTestId('item-all-for').click();
      const voteRows = await item.locator('.ant-radio-group').count();
      assert(voteRows === count - 1 + 1, `votes for ${count - 1} members besides the outcome radio (${voteRows})`);
      await item.getByTestId('item-explanations').fill('Служащий дал пояснения');
      await item.getByTestId('item-decision-text').fill('Нарушений требований к служебному поведению не установлено');
      await item.getByTestId('item-save').click();
      await page.getByText('Вопрос 1: итоги записаны').waitFor();
      await shot('62-commission-meeting-recorded');

      // 5. Hold the meeting: the case is considered; the anonymised summary has no name.
      await page.getByTestId('meeting-hold').click();
      await page.getByTestId('meeting-status').filter({ hasText: 'Проведено' }).waitFor();
      const summary = page.getByTestId('meeting-summary');
      await summary.getByText('Рассмотрено вопросов: 1', { exact: false }).waitFor();
      const summaryText = (await summary.textContent()) ?? '';
      assert(!summaryText.includes('Тестов'), 'the summary for the website names nobody');
      assert(summaryText.includes('по представлению'), 'the summary names the kind of question');
      await page
        .getByTestId('agenda-item-0')
        .getByText('Заявили о личной заинтересованности', { exact: false })
        .waitFor();
      await shot('63-commission-meeting-held');

      // 6. The protocol (Word) downloads.
      const meetingId = meetingUrl.split('/').pop();
      const protocol = await page.request.get(`${baseUrl}/api/commission/meetings/${meetingId}/protocol.docx`);
      assert(protocol.ok(), `protocol downloads (${protocol.status()})`);
      assert((protocol.headers()['content-type'] ?? '').includes('wordprocessingml'), 'protocol is a Word document');

      // 7. The case shows the decision and the next step: the protocol copies within 7 days.
      await page.getByText(`№ ${regNumber}:`, { exact: false }).first().click();
      await page.getByTestId('case-status').filter({ hasText: 'Рассмотрено комиссией' }).waitFor();
      await page.getByText('Копии протокола представителю нанимателя и служащему', { exact: false }).first().waitFor();
      await shot('64-commission-case-considered');
    },
  },
  {
    name: 'commission settings: the quorum is checked as on the server (more than half, not above the whole), saved and kept after a reload; a local term in the shared deadline editor; the same editor on a journal',
    fn: async ({ page, signIn, shot }) => {
      await signIn('officer');
      const menu = page.getByTestId('main-menu');
      await menu.getByText('Комиссия', { exact: true }).click();
      await menu.getByText('Настройки комиссии', { exact: true }).click();
      await page.getByTestId('page-title').filter({ hasText: 'Комиссия: настройки' }).waitFor();
      const numerator = page.getByTestId('quorum-numerator').locator('input');
      const denominator = page.getByTestId('quorum-denominator').locator('input');
      const error = (text) => page.locator('.ant-form-item-explain-error', { hasText: text });
      assert(
        (await numerator.inputValue()) === '2' && (await denominator.inputValue()) === '3',
        'Указ № 821 п. 19 by default: 2 из 3',
      );

      // 1 of 2 is exactly half, 5 of 4 is more than the whole: the same Russian messages as the server gives.
      await denominator.fill('2');
      await numerator.fill('1');
      await error('Кворум должен быть больше половины состава').waitFor();
      await denominator.fill('4');
      await numerator.fill('5');
      await error('Кворум не может превышать весь состав').waitFor();
      await shot('65-commission-settings-invalid');
      await page.getByTestId('quorum-submit').click();
      await error('Кворум не может превышать весь состав').waitFor(); // nothing sent

      // 3 of 4: valid, saved, kept after a reload.
      await numerator.fill('3');
      await page.locator('.ant-form-item-explain-error').first().waitFor({ state: 'detached' });
      await page.getByTestId('quorum-submit').click();
      await page.getByText('Кворум и правило об анонимной информации сохранены').waitFor();
      await page.reload();
      await page.getByTestId('page-title').filter({ hasText: 'Комиссия: настройки' }).waitFor();
      await page.getByTestId('quorum-hint').filter({ hasText: 'Доля отличается от федеральной' }).waitFor();
      assert(
        (await numerator.inputValue()) === '3' && (await denominator.inputValue()) === '4',
        'the quorum 3 из 4 is kept',
      );

      // The municipal regulation's own term for the meeting: 30 calendar days.
      const meeting = page.getByTestId('rule-commission.meeting');
      await meeting.getByRole('switch').click();
      await meeting.getByLabel('Срок', { exact: true }).fill('30');
      await meeting.getByLabel('Основание (акт, пункт)').fill('Постановление администрации от 10.01.2024 № 5, п. 17');
      await shot('66-commission-settings-local-term');
      await page.getByTestId('settings-submit').click();
      await page.getByText('Сроки комиссии сохранены').waitFor();
      await page.reload();
      await page.getByTestId('page-title').filter({ hasText: 'Комиссия: настройки' }).waitFor();
      assert(
        (await page.getByTestId('rule-commission.meeting').getByLabel('Основание (акт, пункт)').inputValue()).includes(
          '№ 5',
        ),
        'the local term is kept',
      );
      assert((await numerator.inputValue()) === '3', 'saving the terms kept the quorum');

      // Back to the federal defaults, so the rest of the run sees the demo as it was.
      await page.getByTestId('rule-commission.meeting').getByRole('switch').click();
      await page.getByTestId('settings-submit').click();
      await page.getByText('Сроки комиссии сохранены').waitFor();
      await numerator.fill('2');
      await denominator.fill('3');
      await page.getByTestId('quorum-submit').click();
      await page.getByText('Кворум и правило об анонимной информации сохранены').waitFor();

      // The journals' settings page draws the same editor.
      await page.goto('/journals/coi-notice/settings');
      await page
        .getByTestId('rule-coi.motivated_conclusion')
        .getByText('Мотивированное заключение', { exact: false })
        .first()
        .waitFor();
      await shot('67-journal-settings-shared-editor');
    },
  },
];
