import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type Client, createTestOrg } from '../../../test/test-app.js';

type Row = (string | Date)[];
const header = [
  'Табельный номер',
  'Фамилия',
  'Имя',
  'Отчество',
  'Дата рождения',
  'ИНН',
  'СНИЛС',
  'Телефон',
  'E-mail',
  'Подразделение',
  'Должность',
  'Должность в перечне (да/нет)',
  'Вид работника',
  'Дата приёма',
  'Дата увольнения',
];

async function xlsx(rows: Row[], head = header): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Штатный список');
  ws.addRow(head);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function upload(client: Client, url: string, data: Buffer, filename = 'штат.xlsx') {
  const boundary = '----antikor-test';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const good: Row[] = [
  [
    '10001',
    'Кузнецова',
    'Татьяна',
    'Викторовна',
    '12.05.1984',
    '',
    '',
    '+7 (3842) 75-00-01',
    'kuznetsova@example.ru',
    'Правовое управление',
    'Консультант-советник',
    'да',
    'муниципальный служащий',
    '01.09.2015',
    '',
  ],
  [
    '10002',
    'Орлов',
    'Денис',
    'Андреевич',
    new Date(Date.UTC(1991, 1, 3)),
    '',
    '',
    '',
    '',
    'Управление архитектуры и градостроительства',
    'Главный архитектор проекта',
    'да',
    'муниципальный служащий',
    '15.01.2020',
    '',
  ],
  [
    '10003',
    'Белых',
    'Вера',
    'Петровна',
    '1970-10-10',
    '',
    '',
    '',
    '',
    'Правовое управление',
    'Делопроизводитель',
    'нет',
    'работник',
    '01.02.2010',
    '31.12.2023',
  ],
];

describe('staff list import', () => {
  it('serves a template whose header the importer accepts', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    const tpl = await hr.get('/api/staff-import/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Штатный список', 'Инструкция']);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1)).toEqual(header);
  });

  it('previews, commits, and is idempotent on the same file', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    const file = await xlsx(good);
    const preview = (await upload(hr, '/api/staff-import/preview', file)).json();
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toMatchObject({ create: 3, update: 0, unchanged: 0 });
    expect((await hr.get('/api/employees?status=all')).json().total).toBe(2); // preview wrote nothing
    const commit = await upload(hr, '/api/staff-import/commit', file);
    expect(commit.statusCode).toBe(200);
    expect(commit.json()).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const all = (await hr.get(`/api/employees?status=all&q=${encodeURIComponent('Орлов')}`)).json();
    expect(all.items[0]).toMatchObject({
      positionTitle: 'Главный архитектор проекта',
      isDeclarant: true,
      person: { birthDate: '1991-02-03' },
    });
    expect((await hr.get('/api/employees?status=dismissed')).json().items[0].person.lastName).toBe('Белых');
    const again = await upload(hr, '/api/staff-import/commit', file);
    expect(again.json()).toEqual({ created: 0, updated: 0, unchanged: 3 });
    // A changed row is an update of the same person, matched by personnel number.
    const changed = await upload(
      hr,
      '/api/staff-import/commit',
      await xlsx([good[0], [...good[1].slice(0, 10), 'Главный специалист', ...good[1].slice(11)], good[2]]),
    );
    expect(changed.json()).toEqual({ created: 0, updated: 1, unchanged: 2 });
    expect((await hr.get('/api/employees?status=all')).json().total).toBe(5);
  });

  it('names the file, row and field of every error and writes nothing', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    const bad: Row[] = [
      good[0],
      [
        '10005',
        '',
        'Иван',
        'Иванович',
        '01.01.1980',
        '',
        '',
        '',
        '',
        'Правовое управление',
        'Юрист',
        'да',
        'муниципальный служащий',
        '01.01.2010',
        '',
      ],
      [
        '10006',
        'Смирнов',
        'Павел',
        '',
        '31.02.1980',
        '123',
        '',
        '',
        'not-an-email',
        'Отдел несуществующий',
        'Юрист',
        'может быть',
        'стажёр',
        '01.01.2010',
        '',
      ],
      [
        '10001',
        'Кузнецова',
        'Дарья',
        '',
        '01.01.1990',
        '',
        '',
        '',
        '',
        'Правовое управление',
        'Юрист',
        'нет',
        'работник',
        '01.01.2012',
        '',
      ],
    ];
    const res = await upload(hr, '/api/staff-import/commit', await xlsx(bad), 'штат-с-ошибками.xlsx');
    expect(res.statusCode).toBe(422);
    const details = res.json().details as { file: string; row: number; field: string; message: string }[];
    const at = (row: number, field: string) => details.find((d) => d.row === row && d.field === field);
    expect(at(3, 'Фамилия')?.message).toBe('Обязательное поле не заполнено');
    expect(at(4, 'Дата рождения')?.message).toMatch(/не дата/);
    expect(at(4, 'ИНН')).toBeDefined();
    expect(at(4, 'E-mail')).toBeDefined();
    expect(at(4, 'Должность в перечне (да/нет)')).toBeDefined();
    expect(at(4, 'Вид работника')).toBeDefined();
    expect(at(5, 'Табельный номер')?.message).toMatch(/строке 2/);
    expect(details.every((d) => d.file === 'штат-с-ошибками.xlsx')).toBe(true);
    expect((await hr.get('/api/employees?status=all')).json().total).toBe(2);
    // An unknown subdivision is caught at the matching stage, with a hint.
    const unknown = await upload(
      hr,
      '/api/staff-import/preview',
      await xlsx([[...good[0].slice(0, 9), 'Правовое', ...good[0].slice(10)]]),
    );
    expect(unknown.json().errors[0]).toMatchObject({ row: 2, field: 'Подразделение' });
    expect(unknown.json().errors[0].message).toMatch(/возможно, «Правовое управление»/);
  });

  it('refuses a file without the required columns or of the wrong type', async () => {
    const t = await createTestOrg();
    const hr = await t.as('hr_officer');
    const noCols = await upload(hr, '/api/staff-import/preview', await xlsx([['x']], ['Фамилия', 'Имя']));
    expect(noCols.json().errors[0]).toMatchObject({ row: 1, field: 'Дата рождения' });
    const txt = await upload(hr, '/api/staff-import/preview', Buffer.from('hello'), 'штат.csv');
    expect(txt.statusCode).toBe(400);
    expect(txt.json().message).toMatch(/xlsx/);
    const broken = await upload(hr, '/api/staff-import/preview', Buffer.from('not a zip'), 'штат.xlsx');
    expect(broken.json().errors[0].message).toMatch(/не читается/);
    const executor = await t.as('responsible_executor');
    expect((await upload(executor, '/api/staff-import/preview', await xlsx(good))).statusCode).toBe(403);
  });
});
