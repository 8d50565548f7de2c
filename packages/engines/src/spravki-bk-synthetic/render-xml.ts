/**
 * Renders declarations as a «Справки БК» package (format 1.4, the structure of domain.md Appendix D):
 * every value an `<Атрибут Имя="…">`, one `Справка` per person, every section of the form.
 */
import type {
  Address,
  DeclarantRole,
  PersonDeclaration,
  PersonName,
  RealEstate,
  RealEstateInUse,
} from '../spravki-bk/index.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<Атрибут Имя="name">value</Атрибут>`, or nothing for a null value. */
function a(name: string, value: string | number | boolean | null | undefined, attrs = ''): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'Да' : 'Нет') : String(value);
  return `<Атрибут Имя="${name}"${attrs}>${esc(text)}</Атрибут>`;
}

const money = (n: number | null) => (n === null ? null : n.toFixed(2));
/** A group `<Атрибут Имя="name">items</Атрибут>` (self-closing when empty, as the program writes it). */
const group = (name: string, items: string[]) =>
  items.length === 0 ? `<Атрибут Имя="${name}"/>` : `<Атрибут Имя="${name}">${items.join('')}</Атрибут>`;

const ADDRESS_FIELDS: [keyof Address, string][] = [
  ['country', 'Страна'],
  ['postalCode', 'Индекс'],
  ['region', 'Регион'],
  ['district', 'Район'],
  ['city', 'Город'],
  ['locality', 'НаселенныйПункт'],
  ['street', 'Улица'],
  ['house', 'Дом'],
  ['building', 'Корпус'],
  ['structure', 'Строение'],
  ['flat', 'Квартира'],
  ['additional', 'ДополнительнаяИнформация'],
  ['kladr', 'КЛАДР'],
  ['text', 'ДляПечати'],
];

function address(holder: string, addr: Address | null): string {
  if (!addr) return '';
  const parts = ADDRESS_FIELDS.map(([key, name]) => a(name, addr[key], ' Хранение="Да"')).join('');
  return `<Атрибут Имя="${holder}"><Адрес>${parts}</Адрес></Атрибут>`;
}

const ROLE_RAW: Record<DeclarantRole, string> = {
  self: 'НаСебя',
  spouse: 'НаСупругаИлиСупругу',
  minor_child: 'НаНесовершеннолетнегоРебенка',
};

const ESTATE_TAG: Record<RealEstate['kind'], string> = {
  apartment: 'Квартира',
  house: 'ЖилойДом',
  land: 'ЗемельныйУчасток',
  garage: 'Гараж',
  dacha: 'Дача',
  other: 'ИноеНедвижимоеИмущество',
};

function personal(p: PersonName & Partial<PersonDeclaration>): string {
  const doc = p.identity?.documentType ?? 'Паспорт';
  const docType = doc === 'Паспорт' ? 'ПаспортЗаявителя' : doc;
  const gender = p.gender === 'male' ? 'Мужской' : p.gender === 'female' ? 'Женский' : null;
  return (
    '<ЛичныеДанные>' +
    `<Атрибут Имя="ДокументУдостоверяющийЛичность"><${doc}>` +
    a('Тип', docType) +
    a('Серия', p.identity?.series) +
    a('Номер', p.identity?.number) +
    a('Фамилия', p.lastName) +
    a('Имя', p.firstName) +
    a('Отчество', p.middleName) +
    a('ОтчествоОтсутствует', p.middleName ? 'Нет' : 'Да') +
    a('ДатаРождения', p.birthDate) +
    a('Пол', gender) +
    `</${doc}></Атрибут>` +
    address('Регистрация', p.registration ?? null) +
    a('СНИЛС', p.identity?.snils, ' Хранение="Да"') +
    '<Атрибут Имя="МестоРаботы"><МестоРаботы>' +
    a('Должность', p.workplace?.position ?? '') +
    a('Имеется', p.workplace?.hasWork) +
    a('НазваниеОрганизации', p.workplace?.organisation ?? '') +
    '</МестоРаботы></Атрибут>' +
    '</ЛичныеДанные>'
  );
}

function estateObject(r: RealEstate | RealEstateInUse): string {
  const tag = ESTATE_TAG[r.kind];
  return (
    `<Атрибут Имя="Имущество"><${tag}>` +
    a('ВидНедвижимогоИмущества', r.typeRaw) +
    a('НаименованиеНедвижимогоИмущества', r.name) +
    a('Площадь', r.area) +
    address('МестонахождениеИмущества', r.address) +
    `</${tag}></Атрибут>`
  );
}

function coOwners(list: string[]): string {
  if (list.length === 0) return '';
  const persons = list.map((s) => {
    const m = /^(.*) \((\d{4}-\d{2}-\d{2})\)$/.exec(s);
    return `<ФизическоеЛицо>${a('ФИО', m ? m[1] : s)}${a('ДатаРождения', m?.[2])}</ФизическоеЛицо>`;
  });
  return group('ИныеЛица', persons);
}

function form(p: PersonDeclaration, declarant: PersonDeclaration): string {
  const items = {
    incomes: p.incomes.map(
      (i) =>
        `<Доход>${a('ВеличинаДохода', money(i.amount), ' Печать="Да"')}${a('ВидДохода', i.kindRaw)}${a('ВидИногоДохода', i.otherKind)}` +
        `${a('КатегорияДохода', i.category)}${a('СведениеОДоходе', i.description)}${a('Пояснения', i.explanation)}</Доход>`,
    ),
    expenses: p.expenses.map(
      (e) =>
        `<Расход>${a('ВидАктива', e.assetKind)}${a('Наименование', e.name)}${a('СуммаСделки', money(e.amount))}${a('ОснованиеПриобретения', e.basis)}` +
        `${a('Площадь', e.area)}${address('МестонахождениеИмущества', e.address)}` +
        (e.sources.length
          ? group(
              'ИсточникиСредств',
              e.sources.map(
                (s) =>
                  `<ИсточникСредств>${a('Источник', s.source)}${a('СуммаСредств', money(s.amount))}</ИсточникСредств>`,
              ),
            )
          : '') +
        '</Расход>',
    ),
    realEstate: p.realEstate.map(
      (r) =>
        `<Собственность>${a('ВидСобственности', r.ownershipRaw)}${a('РазмерДоли', r.share)}` +
        `${a('ОснованиеПриобретенияИИсточникСредств', r.basis)}${estateObject(r)}${coOwners(r.coOwners)}</Собственность>`,
    ),
    vehicles: p.vehicles.map(
      (v) =>
        `<Собственность>${a('ВидСобственности', v.ownershipRaw)}${a('РазмерДоли', v.share)}${a('ОснованиеПриобретенияИИсточникСредств', v.basis)}` +
        `<Атрибут Имя="Имущество"><ТранспортноеСредство>${a('ВидТранспортногоСредства', v.type)}${a('МаркаТранспортногоСредства', v.make)}` +
        `${a('МодельТранспортногоСредства', v.model)}${a('ГодВыпуска', v.year)}${a('МестоРегистрации', v.registrationPlace)}</ТранспортноеСредство></Атрибут></Собственность>`,
    ),
    accounts: p.accounts.map(
      (x, i) =>
        `<Счет>${a('ВидСчета', x.type)}${a('ВалютаСчета', x.currency)}${a('ДатаОткрытияСчета', x.openedAt ?? '0001-01-01')}` +
        `${a('КредитнаяОрганизация', x.bank)}${a('Страна', x.country)}${a('ОстатокНаСчете', money(x.balance))}` +
        `${a('СуммаПоступившихСредств', money(x.inflow))}${a('СуммаНеПревышаетОбщийДоход', x.inflowWithinIncome)}` +
        `${a('ДатаВыписки', x.statementDate ?? '0001-01-01')}${a('Пояснения', x.explanation)}` +
        `${a('Идентификатор', `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`, ' Печать="Нет" Хранение="Нет"')}</Счет>`,
    ),
  };
  const digital = (kind: string, tag: string) =>
    p.digitalAssets
      .filter((d) => d.kind === kind)
      .map(
        (d) =>
          `<${tag}>${a('Наименование', d.name)}${a('ДатаПриобретения', d.acquiredAt)}${a('ОбщееКоличество', d.quantity)}` +
          `${a('НаименованиеОператора', d.operator)}${a('СтранаРегистрации', d.country)}</${tag}>`,
      );
  const shares = p.shareholdings.map(
    (s) =>
      `<УчастиеВКоммерческихОрганизацияхИФондах>${a('ОрганизационноПравоваяФорма', s.legalForm)}${a('Наименование', s.name)}${a('ИНН', s.inn)}` +
      `${address('ЮридическийАдрес', s.address)}${a('Страна', s.address ? null : s.country)}${a('УставнойКапитал', money(s.charterCapital))}${a('ДоляУчастия', s.participation)}` +
      `${a('ОснованиеУчастия', s.basis)}${a('ВидАкции', s.shareType)}${a('КоличествоАкций', s.shareCount)}` +
      `${a('НоминальнаяСтоимостьАкции', money(s.nominal))}${a('ОбщаяСтоимость', money(s.totalValue))}</УчастиеВКоммерческихОрганизацияхИФондах>`,
  );
  const securities = p.securities.map(
    (s) =>
      `<ЦеннаяБумага>${a('ВидЦеннойБумаги', s.type)}${a('Эмитент', s.issuer)}${a('НоминальнаяВеличинаОбязательства', money(s.nominal))}` +
      `${a('ОбщееКоличество', s.quantity)}${a('ОбщаяСтоимость', money(s.totalValue))}${a('Страна', s.country)}</ЦеннаяБумага>`,
  );
  const inUse = p.realEstateInUse.map(
    (r) =>
      `<Пользование>${a('ВидПользования', r.useKind)}${a('Начало', r.from)}${a('Конец', r.to)}${a('ОснованиеПользования', r.basis)}` +
      `${a('ТипПредоставившейСтороны', r.providerType)}${a(r.providerInn ? 'НаименованиеПредоставившейСтороны' : 'ФИО', r.providerName)}` +
      `${a('ДатаРождения', r.providerBirthDate)}${a('ИНН', r.providerInn)}${estateObject(r)}</Пользование>`,
  );
  const obligations = p.obligations.map(
    (o) =>
      `<СрочноеОбязательство>${a('КредиторИлиДолжник', o.role === 'creditor' ? 'Кредитор' : o.role === 'debtor' ? 'Должник' : null)}` +
      `${a('СодержаниеОбязательства', o.content)}${a('ВтораяСторонаОбязательства', o.counterparty)}${a('ИНН', o.counterpartyInn)}` +
      `${a('ОГРН', o.counterpartyOgrn)}${a('ОснованиеВозникновения', o.basis)}${a('СуммаОбязательства', money(o.amount))}` +
      `${a('РазмерОбязательства', money(o.outstanding))}${a('УсловиеОбязательства', o.conditions)}</СрочноеОбязательство>`,
  );
  const gifted = p.giftedAway.map(
    (g) =>
      `<Подарок>${a('ВидИмущества', g.propertyType)}${a('НаименованиеИмущества', g.name)}${a('Приобретатель', g.recipient)}` +
      `${a('ОснованиеОтчуждения', g.basis)}${a('Площадь', g.area)}${address('МестонахождениеИмущества', g.address)}</Подарок>`,
  );
  return (
    '<Справка QrLibVersion="0.0.2.69">' +
    a('ЗаполняетсяНа', ROLE_RAW[p.role]) +
    a('ОтчетныйПериодНачало', p.reportingPeriod.start) +
    a('ОтчетныйПериодКонец', p.reportingPeriod.end) +
    a('ДатаОтчета', p.reportDate) +
    a('ДатаПодписи', p.signedAt) +
    a('Уточнение', p.isClarifying) +
    a('ОснованиеПодачиСправки', p.filingBasis, ' Хранение="Да"') +
    a('ТипДолжностиЗаявителя', p.positionType) +
    a('ДатаУтвержденияДолжности', p.positionApprovedAt) +
    `<Атрибут Имя="ЛичныеДанныеЗаявителя">${personal(declarant)}</Атрибут>` +
    `<Атрибут Имя="ЛичныеДанные">${personal(p)}</Атрибут>` +
    group('Доходы', items.incomes) +
    group('Расходы', items.expenses) +
    group('НедвижимоеИмущество', items.realEstate) +
    group('ТранспортныеСредства', items.vehicles) +
    group('ЦифровыеФинансовыеАктивы', digital('financial_asset', 'ЦифровойФинансовыйАктив')) +
    group('УтилитарныеЦифровыеПрава', digital('utilitarian_right', 'УтилитарноеЦифровоеПраво')) +
    group('ЦифроваяВалюта', digital('currency', 'ЦифроваяВалюта')) +
    group('Счета', items.accounts) +
    group('ЦенныеБумаги', shares) +
    group('ИныеЦенныеБумаги', securities) +
    a('СуммарнаяДекларированнаяСтоимостьЦенныхБумаг', money(p.securitiesDeclaredTotal)) +
    group('НедвижимоеИмуществоВПользовании', inUse) +
    group('СрочныеОбязательства', obligations) +
    group('Подарки', gifted) +
    '</Справка>'
  );
}

/**
 * Renders one family's forms as the XML text of a package (the declarant's form first is not required;
 * the declarant is the `self` form, or the first one).
 */
export function renderPackageXml(persons: PersonDeclaration[]): string {
  const declarant = persons.find((p) => p.role === 'self') ?? persons[0];
  const hasSpouse = persons.some((p) => p.role === 'spouse');
  return (
    '<?xml version="1.0" encoding="utf-16"?><Пакет Версия="1.4" Программа="2.5.5.2275">' +
    group(
      'Справки',
      persons.map((p) => form(p, declarant)),
    ) +
    a(
      'ИмеетсяСправкаНаСебя',
      persons.some((p) => p.role === 'self'),
    ) +
    a('ИмеетсяСправкаНаСупругуИлиСупруга', hasSpouse) +
    '</Пакет>'
  );
}
