import { Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDate } from '../../components/dates';
import { type PersonForm, rub } from './declaration-types';

const INCOME_LINES: Record<number, string> = {
  1: 'Доход по основному месту работы',
  2: 'Доход от педагогической и научной деятельности',
  3: 'Доход от иной творческой деятельности',
  4: 'Доход от вкладов в банках и иных кредитных организациях',
  5: 'Доход от ценных бумаг и долей участия в коммерческих организациях',
  6: 'Иные доходы',
};

function Section<T extends object>({
  title,
  rows,
  columns,
}: {
  title: string;
  rows: T[];
  columns: { title: string; render: (r: T) => ReactNode; width?: number }[];
}) {
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {title}
      </Typography.Title>
      <Table<T>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={rows}
        locale={{ emptyText: 'Не заполнено' }}
        columns={columns.map((c) => ({ title: c.title, width: c.width, render: (_: unknown, r: T) => c.render(r) }))}
      />
    </>
  );
}

const addr = (a: Record<string, string> | null) =>
  a ? (a.text ?? [a.country, a.region, a.city, a.street, a.house].filter(Boolean).join(', ')) : '';

/** One form, section by section as the official form has them (Указ № 460). */
export function DeclarationSections({ p }: { p: PersonForm }) {
  return (
    <div data-testid="declaration-sections">
      <Section
        title={`Раздел 1. Сведения о доходах (итого: ${rub(p.incomeTotal)})`}
        rows={p.incomes.filter((i) => (i.amount ?? 0) !== 0)}
        columns={[
          { title: 'Строка', width: 70, render: (i) => i.line },
          { title: 'Вид дохода', render: (i) => [INCOME_LINES[i.line], i.otherKind].filter(Boolean).join(': ') },
          { title: 'Сумма', width: 170, render: (i) => rub(i.amount) },
        ]}
      />
      <Section
        title="Раздел 2. Сведения о расходах"
        rows={p.expenses}
        columns={[
          { title: 'Имущество', render: (e) => e.assetKind ?? e.name },
          { title: 'Сумма сделки', width: 170, render: (e) => rub(e.amount) },
          { title: 'Источник средств', render: (e) => e.sources.map((s) => s.source).join('; ') },
          { title: 'Основание', render: (e) => e.basis },
        ]}
      />
      <Section
        title="Раздел 3.1. Недвижимое имущество"
        rows={p.realEstate}
        columns={[
          { title: 'Вид', render: (r) => r.typeRaw ?? r.kind },
          { title: 'Собственность', render: (r) => [r.ownershipRaw, r.share].filter(Boolean).join(', ') },
          { title: 'Площадь, м²', width: 110, render: (r) => r.area },
          { title: 'Местонахождение', render: (r) => addr(r.address) || r.country },
          { title: 'Основание и источник средств', render: (r) => r.basis },
        ]}
      />
      <Section
        title="Раздел 3.2. Транспортные средства"
        rows={p.vehicles}
        columns={[
          { title: 'Вид', render: (v) => v.type },
          { title: 'Марка, модель', render: (v) => [v.make, v.model].filter(Boolean).join(' ') },
          { title: 'Год', width: 80, render: (v) => v.year },
          { title: 'Собственность', render: (v) => v.ownershipRaw },
        ]}
      />
      {p.digitalAssets.length > 0 && (
        <Section
          title="Разделы 3.3–3.5. Цифровые финансовые активы, цифровые права, цифровая валюта"
          rows={p.digitalAssets}
          columns={[
            { title: 'Наименование', render: (d) => d.name },
            { title: 'Количество', render: (d) => d.quantity },
            { title: 'Оператор', render: (d) => d.operator },
          ]}
        />
      )}
      <Section
        title="Раздел 4. Счета в банках"
        rows={p.accounts}
        columns={[
          { title: 'Банк', render: (a) => a.bank },
          { title: 'Вид и валюта', render: (a) => [a.type, a.currency].filter(Boolean).join(', ') },
          { title: 'Открыт', width: 110, render: (a) => formatDate(a.openedAt) },
          { title: 'Остаток', width: 160, render: (a) => rub(a.balance) },
          { title: 'Поступило', width: 160, render: (a) => rub(a.inflow) },
          { title: 'Страна', width: 120, render: (a) => a.country },
        ]}
      />
      <Section
        title="Раздел 5.1. Акции и иное участие в коммерческих организациях"
        rows={p.shareholdings}
        columns={[
          { title: 'Организация', render: (h) => [h.legalForm, h.name].filter(Boolean).join(' ') },
          { title: 'ИНН', render: (h) => h.inn },
          { title: 'Доля', render: (h) => h.participation },
          { title: 'Основание', render: (h) => h.basis },
        ]}
      />
      <Section
        title="Раздел 5.2. Иные ценные бумаги"
        rows={p.securities}
        columns={[
          { title: 'Вид', render: (s) => s.type },
          { title: 'Эмитент', render: (s) => s.issuer },
          { title: 'Количество', render: (s) => s.quantity },
          { title: 'Стоимость', render: (s) => rub(s.totalValue) },
        ]}
      />
      <Section
        title="Раздел 6.1. Объекты недвижимости в пользовании"
        rows={p.realEstateInUse}
        columns={[
          { title: 'Вид', render: (r) => r.typeRaw ?? r.kind },
          { title: 'Площадь, м²', width: 110, render: (r) => r.area },
          { title: 'Вид и основание пользования', render: (r) => [r.useKind, r.basis].filter(Boolean).join('; ') },
          { title: 'Предоставил', render: (r) => r.providerName },
        ]}
      />
      <Section
        title="Раздел 6.2. Срочные обязательства финансового характера"
        rows={p.obligations}
        columns={[
          { title: 'Содержание', render: (o) => o.content },
          {
            title: 'Кредитор (должник)',
            render: (o) => [o.counterparty, o.counterpartyInn && `ИНН ${o.counterpartyInn}`].filter(Boolean).join(', '),
          },
          { title: 'Сумма', render: (o) => rub(o.amount) },
          { title: 'Остаток', render: (o) => rub(o.outstanding) },
          { title: 'Условия', render: (o) => o.conditions },
        ]}
      />
      <Section
        title="Раздел 7. Имущество, отчуждённое по безвозмездным сделкам"
        rows={p.giftedAway}
        columns={[
          { title: 'Имущество', render: (g) => g.propertyType ?? g.name },
          { title: 'Приобретатель', render: (g) => g.recipient },
          { title: 'Основание', render: (g) => g.basis },
        ]}
      />
      {Object.keys(p.unknown ?? {}).length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
          Элементы, которых нет в известной форме (сохранены без изменений): {Object.keys(p.unknown).join(', ')}
        </Typography.Paragraph>
      )}
    </div>
  );
}
