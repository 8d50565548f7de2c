/**
 * Property sections: 3.1 real estate owned, 3.2 vehicles, 3.3–3.5 digital assets, 6.1 real estate in
 * use, 7 property given away by gratuitous deals.
 */
import { FieldBag, type ParseContext, withExtra } from './field-bag.js';
import type {
  DigitalAsset,
  DigitalAssetKind,
  GiftedAway,
  OwnershipKind,
  RealEstate,
  RealEstateInUse,
  RealEstateKind,
  Vehicle,
} from './types.js';
import { cleanText, isForeignCountry } from './values.js';
import type { XmlNode } from './xml-tree.js';

/** Kind of a real estate object from its element tag (`Квартира`) or its `ВидНедвижимогоИмущества`. */
export function realEstateKind(...hints: (string | null | undefined)[]): RealEstateKind {
  for (const hint of hints) {
    if (!hint) continue;
    const h = hint.toLowerCase();
    if (h.includes('земельн')) return 'land';
    if (h.includes('квартир') || h.includes('комнат')) return 'apartment';
    if (h.includes('гараж') || h.includes('машино')) return 'garage';
    if (h.includes('дач')) return 'dacha';
    if (h.includes('жилойдом') || h.includes('жилой дом') || h === 'дом') return 'house';
  }
  return 'other';
}

function ownership(raw: string | null): OwnershipKind | null {
  if (!raw) return null;
  const r = raw.toLowerCase();
  if (r.startsWith('индивид')) return 'individual';
  if (r.startsWith('долев')) return 'shared';
  if (r.startsWith('совмест')) return 'joint';
  return null;
}

/** Names of co-owners (`ИныеЛица`): persons with birth date, organisations by name. */
function coOwners(node: XmlNode | undefined, path: string, ctx: ParseContext): string[] {
  if (!node) return [];
  return node.children
    .map((person, i) => {
      const f = new FieldBag(person, `${path} / ИныеЛица ${i + 1}`, ctx);
      const name = f.text('ФИО', 'Имя', 'Наименование');
      const born = f.date('ДатаРождения');
      return name && born ? `${name} (${born})` : name;
    })
    .filter((s): s is string => s !== null);
}

/** Reads the `Собственность` items of section 3.1. */
export function readRealEstate(items: XmlNode[], path: string, ctx: ParseContext): RealEstate[] {
  return items.map((item, i) => {
    const itemPath = `${path} / Собственность ${i + 1}`;
    const f = new FieldBag(item, itemPath, ctx, ['ИныеЛица']);
    const typeRaw = f.text('ВидНедвижимогоИмущества', 'ВидИмущества') ?? f.objectTags[0] ?? null;
    const ownershipRaw = f.text('ВидСобственности');
    const address = f.address('МестонахождениеИмущества');
    const country = address?.country ?? f.text('Страна', 'СтранаРасположения');
    return withExtra<RealEstate>(
      {
        kind: realEstateKind(f.objectTags[0], typeRaw),
        typeRaw,
        name: f.text('НаименованиеНедвижимогоИмущества', 'НаименованиеИмущества', 'Наименование'),
        ownership: ownership(ownershipRaw),
        ownershipRaw,
        share: f.text('РазмерДоли'),
        area: f.amount('Площадь'),
        address,
        country,
        isForeign: isForeignCountry(country),
        basis: f.text('ОснованиеПриобретенияИИсточникСредств', 'ОснованиеПриобретения'),
        coOwners: coOwners(f.aside('ИныеЛица'), itemPath, ctx),
      },
      f,
    );
  });
}

/** Reads the `Пользование` items of section 6.1. */
export function readRealEstateInUse(items: XmlNode[], path: string, ctx: ParseContext): RealEstateInUse[] {
  return items.map((item, i) => {
    const f = new FieldBag(item, `${path} / Пользование ${i + 1}`, ctx);
    const typeRaw = f.text('ВидНедвижимогоИмущества', 'ВидИмущества') ?? f.objectTags[0] ?? null;
    const address = f.address('МестонахождениеИмущества');
    const country = address?.country ?? f.text('Страна');
    return withExtra<RealEstateInUse>(
      {
        kind: realEstateKind(f.objectTags[0], typeRaw),
        typeRaw,
        name: f.text('НаименованиеНедвижимогоИмущества', 'НаименованиеНедвижимогоИмуществаСПояснением'),
        area: f.amount('Площадь'),
        address,
        country,
        isForeign: isForeignCountry(country),
        useKind: f.text('ВидПользования'),
        from: f.date('Начало', 'ДатаНачала'),
        to: f.date('Конец', 'ДатаОкончания'),
        basis: f.text('ОснованиеПользования'),
        providerType: f.text('ТипПредоставившейСтороны'),
        providerName: f.text('ФИО', 'Имя', 'НаименованиеПредоставившейСтороны', 'Наименование'),
        providerBirthDate: f.date('ДатаРождения'),
        providerInn: f.text('ИНН'),
      },
      f,
    );
  });
}

/** Reads the `Собственность` items of section 3.2. */
export function readVehicles(items: XmlNode[], path: string, ctx: ParseContext): Vehicle[] {
  return items.map((item, i) => {
    const f = new FieldBag(item, `${path} / Собственность ${i + 1}`, ctx, ['ИныеЛица']);
    const ownershipRaw = f.text('ВидСобственности');
    return withExtra<Vehicle>(
      {
        type: f.text('ВидТранспортногоСредства', 'ВидИмущества'),
        make: f.text('МаркаТранспортногоСредства', 'Марка'),
        model: f.text('МодельТранспортногоСредства', 'Модель'),
        year: f.integer('ГодВыпуска'),
        ownership: ownership(ownershipRaw),
        ownershipRaw,
        share: f.text('РазмерДоли'),
        registrationPlace: f.text('МестоРегистрации'),
        basis: f.text('ОснованиеПриобретенияИИсточникСредств', 'ОснованиеПриобретения'),
      },
      f,
    );
  });
}

/**
 * The kind of a digital asset section or item by its name. Newer program versions add sections 3.3–3.5
 * (Decree 778 of 10.12.2020); names are spelt with and without underscores by different readers.
 */
export function digitalAssetKind(name: string): DigitalAssetKind | null {
  const n = name.replace(/_/g, '').toLowerCase();
  if (n.includes('утилитарн')) return 'utilitarian_right';
  if (n.includes('цифроваявалют') || n.includes('цифровыевалют')) return 'currency';
  if (n.includes('цифровыефинансовыеактив') || n.includes('цифровыеправ') || n.includes('цфа')) {
    return 'financial_asset';
  }
  return null;
}

/** Reads the items of one digital asset section. */
export function readDigitalAssets(
  items: XmlNode[],
  sectionKind: DigitalAssetKind,
  path: string,
  ctx: ParseContext,
): DigitalAsset[] {
  return items.map((item, i) => {
    const f = new FieldBag(item, `${path} / ${item.tag} ${i + 1}`, ctx);
    return withExtra<DigitalAsset>(
      {
        kind: digitalAssetKind(item.tag) ?? sectionKind,
        name: f.text(
          'Наименование',
          'НаименованиеЦифровогоФинансовогоАктива',
          'НаименованиеЦифровогоПрава',
          'НаименованиеУтилитарногоЦифровогоПрава',
          'НаименованиеЦифровойВалюты',
        ),
        acquiredAt: f.date('ДатаПриобретения'),
        quantity: f.amount('ОбщееКоличество', 'Количество'),
        operator: f.text('НаименованиеОператора', 'ОператорИнформационнойСистемы', 'Оператор'),
        country: f.text('СтранаРегистрации', 'Страна'),
      },
      f,
    );
  });
}

/** Reads the items of section 7 (`Подарки`: property given away during the year). */
export function readGiftedAway(items: XmlNode[], path: string, ctx: ParseContext): GiftedAway[] {
  return items.map((item, i) => {
    const f = new FieldBag(item, `${path} / ${item.tag} ${i + 1}`, ctx);
    const make = f.text('МаркаТранспортногоСредства');
    const model = f.text('МодельТранспортногоСредства');
    const vehicle = cleanText([make, model].filter(Boolean).join(' '));
    return withExtra<GiftedAway>(
      {
        propertyType:
          f.text('ВидИмущества', 'ВидНедвижимогоИмущества', 'ВидТранспортногоСредства', 'ВидЦеннойБумаги') ??
          f.objectTags[0] ??
          null,
        name: f.text('НаименованиеНедвижимогоИмущества', 'НаименованиеИмущества', 'Наименование') ?? vehicle,
        recipient: f.text('Приобретатель', 'ПриобретательИмущества', 'ФИО'),
        basis: f.text('ОснованиеОтчуждения'),
        area: f.amount('Площадь'),
        address: f.address('МестонахождениеИмущества'),
      },
      f,
    );
  });
}
