/**
 * One `Справка` (the form about one person) → PersonDeclaration.
 */
import { ATTRIBUTE_TAG, FieldBag, normName, type ParseContext, toRaw } from './field-bag.js';
import { readFinanceSection } from './read-finance.js';
import { readExpenses, readIncomes } from './read-income-expenses.js';
import {
  digitalAssetKind,
  readDigitalAssets,
  readGiftedAway,
  readRealEstate,
  readRealEstateInUse,
  readVehicles,
} from './read-property.js';
import type { DeclarantRole, PersonDeclaration, PersonIdentity, PersonName, RawValue } from './types.js';
import { roundKopecks } from './values.js';
import { lineColumn, type XmlNode } from './xml-tree.js';

const ROLES: Record<string, DeclarantRole> = {
  насебя: 'self',
  насупругаилисупругу: 'spouse',
  нанесовершеннолетнегоребенка: 'minor_child',
};

/**
 * Items of a section: its element children. A section written as a single item (its own `Атрибут`
 * fields directly inside) is read as one item.
 */
function itemsOf(section: XmlNode): XmlNode[] {
  if (section.children.length > 0 && section.children.every((c) => c.tag === ATTRIBUTE_TAG)) return [section];
  return section.children.filter((c) => c.tag !== ATTRIBUTE_TAG);
}

type Personal = PersonName & {
  gender: PersonDeclaration['gender'];
  identity: PersonIdentity;
  registration: PersonDeclaration['registration'];
  workplace: PersonDeclaration['workplace'];
  extra?: Record<string, RawValue>;
};

function readPersonal(holder: XmlNode | undefined, path: string, ctx: ParseContext): Personal {
  const node = holder?.children.find((c) => c.tag !== ATTRIBUTE_TAG) ?? holder;
  const f = new FieldBag(node ?? { tag: 'ЛичныеДанные', attrs: {}, children: [], text: '', offset: 0 }, path, ctx);
  const gender = f.text('Пол')?.toLowerCase() ?? null;
  f.ignore('ОтчествоОтсутствует');
  const hasWork = f.bool('Имеется');
  const personal: Personal = {
    lastName: f.text('Фамилия'),
    firstName: f.text('Имя'),
    middleName: f.text('Отчество'),
    birthDate: f.date('ДатаРождения'),
    gender: gender?.startsWith('муж') ? 'male' : gender?.startsWith('жен') ? 'female' : null,
    identity: {
      documentType: f.objectTags.find((t) => t !== 'МестоРаботы') ?? f.text('Тип'),
      series: f.text('Серия'),
      number: f.text('Номер'),
      issuedAt: f.date('ДатаВыдачи'),
      issuedBy: f.text('ОрганВыдавшийДокумент', 'КемВыдан'),
      snils: f.text('СНИЛС'),
    },
    registration: f.address('Регистрация'),
    workplace: {
      organisation: f.text('НазваниеОрганизации'),
      position: f.text('Должность', 'ДолжностьПретендуемая', 'РодЗанятий'),
      hasWork,
    },
  };
  f.ignore('Тип');
  const extra = f.extra();
  if (extra) personal.extra = extra;
  return personal;
}

function guessRole(person: PersonName, declarant: PersonName, documentType: string | null): DeclarantRole {
  const same =
    person.lastName === declarant.lastName &&
    person.firstName === declarant.firstName &&
    person.birthDate === declarant.birthDate;
  if (same) return 'self';
  return documentType?.toLowerCase().includes('свидетельство') ? 'minor_child' : 'spouse';
}

/**
 * Reads one `Справка` element.
 * @param index 1-based number of the form in the package (for messages).
 */
export function readPerson(spravka: XmlNode, index: number, ctx: ParseContext): PersonDeclaration {
  const path = `Справка ${index}`;
  const leaves: XmlNode[] = [];
  const unknown: Record<string, RawValue> = {};
  const person: PersonDeclaration = {
    role: 'self',
    roleRaw: null,
    lastName: null,
    firstName: null,
    middleName: null,
    birthDate: null,
    gender: null,
    identity: { documentType: null, series: null, number: null, issuedAt: null, issuedBy: null, snils: null },
    registration: null,
    workplace: { organisation: null, position: null, hasWork: null },
    declarant: { lastName: null, firstName: null, middleName: null, birthDate: null },
    reportingPeriod: { start: null, end: null },
    reportDate: null,
    signedAt: null,
    isClarifying: false,
    filingBasis: null,
    positionType: null,
    positionApprovedAt: null,
    incomes: [],
    incomeTotal: 0,
    expenses: [],
    realEstate: [],
    vehicles: [],
    digitalAssets: [],
    accounts: [],
    shareholdings: [],
    securities: [],
    securitiesDeclaredTotal: null,
    realEstateInUse: [],
    obligations: [],
    giftedAway: [],
    unknown,
  };
  let personalNode: XmlNode | undefined;
  let declarantNode: XmlNode | undefined;

  for (const child of spravka.children) {
    if (child.tag !== ATTRIBUTE_TAG) {
      unknown[child.tag] = toRaw(child);
      continue;
    }
    const name = child.attrs.Имя ?? '';
    if (child.children.length === 0) {
      leaves.push(child);
      continue;
    }
    const key = normName(name);
    const sectionPath = `${path} / ${name}`;
    const items = itemsOf(child);
    switch (key) {
      case 'личныеданные':
        personalNode = child;
        break;
      case 'личныеданныезаявителя':
        declarantNode = child;
        break;
      case 'доходы':
        person.incomes.push(...readIncomes(items, sectionPath, ctx));
        break;
      case 'расходы':
        person.expenses.push(...readExpenses(items, sectionPath, ctx));
        break;
      case 'недвижимоеимущество':
        person.realEstate.push(...readRealEstate(items, sectionPath, ctx));
        break;
      case 'транспортныесредства':
        person.vehicles.push(...readVehicles(items, sectionPath, ctx));
        break;
      case 'недвижимоеимуществовпользовании':
        person.realEstateInUse.push(...readRealEstateInUse(items, sectionPath, ctx));
        break;
      case 'подарки':
      case 'отчужденноеимущество':
      case 'безвозмездныесделки':
        person.giftedAway.push(...readGiftedAway(items, sectionPath, ctx));
        break;
      default: {
        if (readFinanceSection(person, key, name, items, sectionPath, ctx)) break;
        const digital = digitalAssetKind(name);
        if (digital) person.digitalAssets.push(...readDigitalAssets(items, digital, sectionPath, ctx));
        else unknown[name] = toRaw(child);
      }
    }
  }

  const title = new FieldBag({ ...spravka, children: leaves }, path, ctx);
  person.roleRaw = title.text('ЗаполняетсяНа');
  person.reportingPeriod = { start: title.date('ОтчетныйПериодНачало'), end: title.date('ОтчетныйПериодКонец') };
  person.reportDate = title.date('ДатаОтчета');
  person.signedAt = title.date('ДатаПодписи');
  person.isClarifying = title.bool('Уточнение') ?? false;
  person.filingBasis = title.text('ОснованиеПодачиСправки');
  person.positionType = title.text('ТипДолжностиЗаявителя');
  person.positionApprovedAt = title.date('ДатаУтвержденияДолжности');
  person.securitiesDeclaredTotal = title.amount('СуммарнаяДекларированнаяСтоимостьЦенныхБумаг');
  Object.assign(unknown, title.extra());

  const personal = readPersonal(personalNode, `${path} / ЛичныеДанные`, ctx);
  const { extra: personalExtra, ...personalFields } = personal;
  Object.assign(person, personalFields);
  if (personalExtra) for (const [k, v] of Object.entries(personalExtra)) unknown[`ЛичныеДанные.${k}`] = v;
  const declarant = declarantNode ? readPersonal(declarantNode, `${path} / ЛичныеДанныеЗаявителя`, ctx) : personal;
  person.declarant = {
    lastName: declarant.lastName,
    firstName: declarant.firstName,
    middleName: declarant.middleName,
    birthDate: declarant.birthDate,
  };

  const role = person.roleRaw ? ROLES[person.roleRaw.replace(/\s/g, '').toLowerCase()] : undefined;
  if (role) person.role = role;
  else {
    person.role = guessRole(person, person.declarant, person.identity.documentType);
    ctx.warnings.push({
      path: `${path} / ЗаполняетсяНа`,
      ...lineColumn(ctx.src, spravka.offset),
      message: `не указано или неизвестно, на кого справка («${person.roleRaw ?? ''}»); принято: ${person.role}`,
    });
  }
  person.incomeTotal = roundKopecks(person.incomes.reduce((sum, inc) => sum + (inc.amount ?? 0), 0));
  return person;
}
