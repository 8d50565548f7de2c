/**
 * Financial sections: 4 accounts, 5.1 shares and participation, 5.2 other securities, 6.2 term
 * financial obligations.
 */
import { FieldBag, type ParseContext, withExtra } from './field-bag.js';
import type { Account, Obligation, PersonDeclaration, Security, Shareholding } from './types.js';
import { isForeignCountry } from './values.js';
import type { XmlNode } from './xml-tree.js';

/** Reads the `Счет` items of section 4. */
export function readAccounts(items: XmlNode[], path: string, ctx: ParseContext): Account[] {
  return items.map((item, i) => {
    const f = new FieldBag(item, `${path} / Счет ${i + 1}`, ctx);
    // An internal identifier of the program, never printed nor stored by it (Печать=Нет, Хранение=Нет).
    f.ignore('Идентификатор');
    const bankAddress = f.address('АдресКредитнойОрганизации', 'Адрес');
    const country = bankAddress?.country ?? f.text('Страна', 'СтранаКредитнойОрганизации');
    return withExtra<Account>(
      {
        bank: f.text('КредитнаяОрганизация', 'НаименованиеКредитнойОрганизации', 'Банк'),
        type: f.text('ВидСчета'),
        currency: f.text('ВалютаСчета'),
        openedAt: f.date('ДатаОткрытияСчета', 'ДатаОткрытия'),
        balance: f.amount('ОстатокНаСчете'),
        inflow: f.amount('СуммаПоступившихСредств'),
        inflowWithinIncome: f.bool('СуммаНеПревышаетОбщийДоход'),
        statementDate: f.date('ДатаВыписки'),
        explanation: f.text('Пояснения'),
        country,
        isForeign: isForeignCountry(country),
      },
      f,
    );
  });
}

function readShareholding(f: FieldBag): Shareholding {
  const address = f.address('ЮридическийАдрес', 'МестоНахождения', 'Адрес');
  const country = address?.country ?? f.text('Страна');
  return withExtra<Shareholding>(
    {
      name: f.text('Наименование', 'НаименованиеОрганизации', 'Имя'),
      legalForm: f.text('ОрганизационноПравоваяФорма'),
      inn: f.text('ИНН'),
      address,
      country,
      isForeign: isForeignCountry(country),
      charterCapital: f.amount('УставнойКапитал', 'УставныйКапитал'),
      participation: f.text('ДоляУчастия'),
      basis: f.text('ОснованиеУчастия'),
      shareType: f.text('ВидАкции'),
      shareCount: f.amount('КоличествоАкций'),
      nominal: f.amount('НоминальнаяСтоимостьАкции'),
      totalValue: f.amount('ОбщаяСтоимость'),
    },
    f,
  );
}

function readSecurity(f: FieldBag): Security {
  const country = f.text('Страна', 'СтранаЭмитента');
  return withExtra<Security>(
    {
      type: f.text('ВидЦеннойБумаги', 'ВидАктива'),
      issuer: f.text('Эмитент', 'ЛицоВыпустившееЦеннуюБумагу'),
      nominal: f.amount('НоминальнаяВеличинаОбязательства'),
      quantity: f.amount('ОбщееКоличество', 'Количество'),
      totalValue: f.amount('ОбщаяСтоимость'),
      country,
      isForeign: isForeignCountry(country),
    },
    f,
  );
}

/**
 * Reads a securities section. `ЦенныеБумаги` holds participation and shares (5.1) and may hold other
 * securities; `ИныеЦенныеБумаги` holds only 5.2. An item is told apart by its tag and its fields.
 */
export function readSecuritiesSection(
  items: XmlNode[],
  sectionName: string,
  path: string,
  ctx: ParseContext,
): { shareholdings: Shareholding[]; securities: Security[] } {
  const shareholdings: Shareholding[] = [];
  const securities: Security[] = [];
  const onlyOther = sectionName.replace(/_/g, '').toLowerCase().startsWith('иные');
  items.forEach((item, i) => {
    const f = new FieldBag(item, `${path} / ${item.tag} ${i + 1}`, ctx);
    const tag = item.tag.toLowerCase();
    const isShare =
      !onlyOther &&
      (tag.includes('участие') ||
        tag.includes('акци') ||
        f.has('ОрганизационноПравоваяФорма', 'ДоляУчастия', 'УставнойКапитал', 'ВидАкции', 'ОснованиеУчастия') ||
        !f.has('ВидЦеннойБумаги', 'Эмитент'));
    if (isShare) shareholdings.push(readShareholding(f));
    else securities.push(readSecurity(f));
  });
  return { shareholdings, securities };
}

function obligationRole(raw: string | null): Obligation['role'] {
  if (!raw) return null;
  const r = raw.toLowerCase();
  if (r.startsWith('кредитор')) return 'creditor';
  if (r.startsWith('должник')) return 'debtor';
  return null;
}

/** Reads the `СрочноеОбязательство` items of section 6.2. */
export function readObligations(items: XmlNode[], path: string, ctx: ParseContext): Obligation[] {
  return items.map((item, i) => {
    const f = new FieldBag(item, `${path} / СрочноеОбязательство ${i + 1}`, ctx);
    return withExtra<Obligation>(
      {
        role: obligationRole(f.text('КредиторИлиДолжник')),
        content: f.text('СодержаниеОбязательства', 'ВидОбязательства'),
        counterparty: f.text('ВтораяСторонаОбязательства', 'ЮрЛицо', 'Наименование', 'ФИО', 'Имя'),
        counterpartyInn: f.text('ИНН'),
        counterpartyOgrn: f.text('ОГРН'),
        basis: f.text('ОснованиеВозникновения'),
        amount: f.amount('СуммаОбязательства'),
        outstanding: f.amount('РазмерОбязательства'),
        conditions: f.text('УсловиеОбязательства', 'УсловияОбязательства'),
      },
      f,
    );
  });
}

/**
 * Reads a financial section into the person when `key` (the normalised section name) is one.
 * @returns false when the section is not a financial one.
 */
export function readFinanceSection(
  person: PersonDeclaration,
  key: string,
  name: string,
  items: XmlNode[],
  path: string,
  ctx: ParseContext,
): boolean {
  switch (key) {
    case 'счета':
      person.accounts.push(...readAccounts(items, path, ctx));
      return true;
    case 'ценныебумаги':
    case 'иныеценныебумаги':
    case 'участиевкоммерческихорганизацияхифондах': {
      const { shareholdings, securities } = readSecuritiesSection(items, name, path, ctx);
      person.shareholdings.push(...shareholdings);
      person.securities.push(...securities);
      return true;
    }
    case 'срочныеобязательства':
      person.obligations.push(...readObligations(items, path, ctx));
      return true;
    default:
      return false;
  }
}
