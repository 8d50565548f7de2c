/**
 * The demo's 2024 procurement (measure 4.1 of the seed): 186 notices, 174 ended with a supplier, 170 contracts;
 * the initial prices of the contracted ones sum to 228 292,96 thousand roubles and the contracts to
 * 211 260,42 — the seed's figures, which the annual report then counts from these entries. Its own random
 * sequence, so the rest of the demo does not move when this changes.
 */
import type { Db } from '../../db/client.js';
import { type SeedEntry, seedJournalEntries } from '../journal-factory.js';
import { createRng, type Rng } from '../random.js';

const objects = [
  'Ремонт автомобильной дороги общего пользования местного значения',
  'Поставка угля для нужд котельных',
  'Выполнение работ по благоустройству общественной территории',
  'Оказание услуг по содержанию автомобильных дорог в зимний период',
  'Поставка компьютерного оборудования',
  'Капитальный ремонт кровли здания школы',
  'Поставка продуктов питания для дошкольных учреждений',
  'Выполнение кадастровых работ в отношении земельных участков',
  'Строительство сетей водоснабжения',
  'Оказание услуг по техническому обслуживанию систем пожарной сигнализации',
];
const suppliers = [
  'ООО «ДорСтрой»',
  'ООО «Кузбасс-Снаб»',
  'ООО «ТеплоСервис»',
  'АО «Регион-Ресурс»',
  'ООО «Сибирский дом»',
  'ООО «Инженерные системы»',
  'ООО «Техноком»',
  'ООО «Меридиан»',
  'ООО «Альянс»',
  'ООО «Кедр»',
];

/** A valid 10-digit ИНН of an organisation registered in Kemerovo region (code 42). */
function orgInn(rng: Rng): string {
  const d = [4, 2, ...Array.from({ length: 7 }, () => rng.int(0, 9))];
  d.push(([2, 4, 10, 3, 5, 9, 4, 6, 8].reduce((s, w, i) => s + w * d[i], 0) % 11) % 10);
  return d.join('');
}

/** Splits `total` kopecks into `n` positive parts shaped like `weights`, summing exactly. */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  parts[parts.length - 1] += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

const rub = (kopecks: number) => kopecks / 100;
const plusDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function loadDemoProcurement(db: Db, orgId: string): Promise<void> {
  const rng = createRng(44_2024);
  const days = Array.from({ length: 186 }, () => {
    const t = Date.UTC(2024, 0, 15) + rng.int(0, 320) * 86_400_000;
    const d = new Date(t);
    // Notices go out on weekdays.
    if (d.getUTCDay() === 0) d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 2);
    return d.toISOString().slice(0, 10);
  }).sort();
  // Of 186 notices: 170 contracted, 4 with a supplier determined but no contract yet, 12 failed.
  const outcomes: string[] = days.map(() => 'contracted');
  for (let k = 0; k < 4; k++) outcomes[12 + k * 43] = 'determined'; // 12, 55, 98, 141: none of the failed ones
  for (let k = 0; k < 12; k++) outcomes[5 + k * 15] = 'failed';
  const contracted = outcomes.map((o, i) => (o === 'contracted' ? i : -1)).filter((i) => i >= 0);
  const initial = split(
    22_829_296_000,
    contracted.map(() => 0.2 + rng.next() ** 3 * 10),
  );
  // Savings per contract between 0 and ~25 %, scaled so the contracts sum to 211 260,42 thousand.
  const saved = split(
    22_829_296_000 - 21_126_042_000,
    contracted.map((_, k) => initial[k] * rng.next() * 0.25),
  );
  const entries: SeedEntry[] = days.map((noticeOn, i) => {
    const status = outcomes[i];
    const k = contracted.indexOf(i);
    const initialPrice = k >= 0 ? rub(initial[k]) : rub(rng.int(300_000, 5_000_000) * 100);
    const supplier = rng.pick(suppliers);
    const base = {
      noticeNumber: `01393000${1000 + i}24${String(i).padStart(5, '0')}`,
      noticeOn,
      method: rng.chance(0.8) ? 'e_auction' : rng.chance(0.5) ? 'e_quotation' : 'e_tender',
      object: rng.pick(objects),
      customer: 'Администрация Кемеровского муниципального округа',
      initialPrice,
    };
    if (status === 'failed')
      return {
        registeredOn: noticeOn,
        status,
        processedOn: noticeOn,
        data: { ...base, bids: 0, failureReason: 'Не подано ни одной заявки (ч. 1 ст. 52 44-ФЗ)' },
      };
    const decided = { ...base, bids: rng.int(1, 6), supplierName: supplier, supplierInn: orgInn(rng) };
    if (status === 'determined') return { registeredOn: noticeOn, status, processedOn: noticeOn, data: decided };
    return {
      registeredOn: noticeOn,
      status,
      processedOn: noticeOn,
      data: {
        ...decided,
        contractNumber: `3420100170124000${String(i).padStart(3, '0')}`,
        contractOn: plusDays(noticeOn, 21),
        contractPrice: rub(initial[k] - saved[k]),
      },
    };
  });
  await seedJournalEntries(db, { orgId, journalCode: 'procurement', entries });
}
