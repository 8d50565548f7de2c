import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { fillDate, pickOption } from '../lib/antd.mjs';
import { assert } from '../lib/harness.mjs';

const today = () => new Intl.DateTimeFormat('ru-RU', { timeZone: 'Asia/Novokuznetsk' }).format(new Date());

// A draft of an administrative regulation with typical factors: «вправе отказать», an open list of documents.
const draft = [
  'АДМИНИСТРАЦИЯ КЕМЕРОВСКОГО МУНИЦИПАЛЬНОГО ОКРУГА',
  'ПОСТАНОВЛЕНИЕ',
  'Об утверждении административного регламента предоставления муниципальной услуги «Присвоение адреса объекту адресации»',
  '1. Общие положения',
  '1.1. Административный регламент устанавливает порядок и стандарт предоставления муниципальной услуги.',
  '2. Стандарт предоставления муниципальной услуги',
  '2.1. Срок предоставления муниципальной услуги составляет 10 рабочих дней со дня регистрации заявления.',
  '2.2. Для получения муниципальной услуги заявитель представляет:',
  'а) заявление по форме согласно приложению № 1;',
  'б) правоустанавливающие документы на объект адресации;',
  'в) иные документы по требованию Управления.',
  '2.3. Управление вправе отказать в присвоении адреса объекту адресации.',
];

export const tests = [
  {
    name: 'expertise: the legal department uploads a draft, sees the factors, confirms one and downloads the conclusion',
    fn: async ({ page, signIn, shot, tmpDir }) => {
      const title = `Об утверждении административного регламента «Присвоение адреса» ${Date.now().toString(36)}`;
      await signIn('legal');
      await page.goto('/journals/draft-act/new');
      await page.getByTestId('entry-form').waitFor();
      await pickOption(page, page.getByTestId('field-actType'), 'Постановление');
      await page.getByTestId('field-draftTitle').fill(title);
      await page.getByTestId('field-developer').fill('Управление архитектуры и градостроительства');
      await fillDate(page, page.getByTestId('field-receivedOn'), today());
      await page.getByTestId('entry-submit').click();
      await page.waitForURL(/\/journals\/draft-act\/[0-9a-f-]{36}$/);

      // From the entry card into its expertise.
      await page.getByTestId('expertise-summary').getByText('Текст проекта ещё не проверялся.').waitFor();
      await page.getByTestId('expertise-open').click();
      await page.waitForURL(/\/expertise\/[0-9a-f-]{36}/);
      await page.getByTestId('new-version').waitFor();

      const file = path.join(tmpDir, 'Проект регламента.docx');
      const doc = new Document({ sections: [{ children: draft.map((text) => new Paragraph({ text })) }] });
      writeFileSync(file, await Packer.toBuffer(doc));
      await page.getByTestId('new-version').locator('input[type=file]').setInputFiles(file);

      // The text with highlighted spans and the list by factor.
      const list = page.getByTestId('finding-list');
      const mayRefuse = list.locator('[data-testid="finding"][data-code="3б"]').first();
      await mayRefuse.waitFor();
      await list.locator('[data-testid="finding"][data-code="4а"]').first().waitFor();
      assert(
        (await page.getByTestId('draft-text').locator('mark').count()) >= 2,
        'the triggers are highlighted in the text',
      );
      assert((await mayRefuse.textContent()).includes('вправе отказать'), 'the finding quotes its trigger');
      await shot('41-expertise-findings');

      await mayRefuse.getByTestId('finding-confirm').click();
      await list.locator('[data-testid="finding"][data-code="3б"][data-decision="confirmed"]').first().waitFor();
      await shot('42-expertise-confirmed');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('conclusion-docx').click(),
      ]);
      const saved = path.join(tmpDir, 'conclusion.docx');
      await download.saveAs(saved);
      const xml = await (await JSZip.loadAsync(readFileSync(saved))).file('word/document.xml').async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      assert(
        text.includes('3б — определение компетенции по формуле «вправе»'),
        'the conclusion names the confirmed factor',
      );
      assert(text.includes('пункт 2.3'), 'with its structural unit');
      assert(text.includes('ПРОЕКТ ЗАКЛЮЧЕНИЯ'), 'a draft of the conclusion while other claims are undecided');

      // The journal entry counts the confirmed factor.
      await page.getByRole('button', { name: 'Назад' }).click();
      await page.waitForURL(/\/journals\/draft-act\/[0-9a-f-]{36}$/);
      await page.getByTestId('expertise-summary').getByText('подтверждено: 1').waitFor();
      await shot('43-expertise-entry-card');
    },
  },
  {
    name: 'expertise: the demo year figures, a revised draft shows what changed, an adopted act with a prosecutor demand',
    fn: async ({ page, signIn, shot }) => {
      await signIn('legal');
      await page.getByTestId('main-menu').getByText('Экспертиза проектов НПА', { exact: true }).click();
      await page.getByTestId('stats-report').waitFor();
      await page.getByTestId('stats-report').getByText('Выявлено коррупциогенных факторов').waitFor();
      await shot('44-expertise-stats');

      // The subsidies order: version 2 removed every factor of version 1.
      await page.goto('/journals/draft-act?q=' + encodeURIComponent('социально ориентированным'));
      await page.getByText('Об утверждении Порядка предоставления субсидий', { exact: false }).first().click();
      await page.getByTestId('expertise-open').click();
      const changes = page.getByTestId('version-changes');
      await changes.waitFor();
      assert(
        (await changes.textContent()).includes('По сравнению с редакцией № 1'),
        'the changes since version 1 are shown',
      );
      await changes.getByText('Замечания редакции № 1, которых больше нет', { exact: false }).click();
      await page
        .getByTestId('incoming-panel')
        .locator('[data-testid="incoming-state"][data-state="answered"]')
        .waitFor();
      await shot('45-expertise-revised');

      // The land-use regulation under review: decided and undecided claims side by side.
      await page.goto('/journals/draft-act?q=' + encodeURIComponent('использование земель'));
      await page.getByText('Выдача разрешения на использование земель', { exact: false }).first().click();
      await page.getByTestId('expertise-open').click();
      await page
        .getByTestId('finding-list')
        .locator('[data-testid="finding"][data-decision="rejected"]')
        .first()
        .waitFor();
      await shot('46-expertise-under-review');
    },
  },
];
