/**
 * The demo organisation: «Администрация Кемеровского муниципального округа», its bodies with legal
 * personality and subordinate institutions, with the subdivisions the seed report names as responsible
 * executors. Declarant counts add up to the seed's figures: 171 municipal employees in declarant positions
 * and 4 heads of municipal institutions (report 2024, measure 1.3).
 */
import type { OrganisationKind } from '@antikor/core';

export type PositionSpec = {
  title: string;
  group: 'highest' | 'chief' | 'leading' | 'senior' | 'junior' | 'none';
  count: number;
  declarant: boolean;
  worker?: boolean;
};
export type SubdivisionSpec = { name: string; parent?: string; positions: PositionSpec[] };
export type OrgSpec = {
  key: string;
  kind: OrganisationKind;
  name: string;
  shortName: string;
  parent?: string;
  subdivisions: SubdivisionSpec[];
};

export const DEMO_ORG_NAME = 'Администрация Кемеровского муниципального округа';

const D = (title: string, group: PositionSpec['group'], count: number): PositionSpec => ({
  title,
  group,
  count,
  declarant: true,
});
const W = (title: string, count: number): PositionSpec => ({
  title,
  group: 'none',
  count,
  declarant: false,
  worker: true,
});
const N = (title: string, group: PositionSpec['group'], count: number): PositionSpec => ({
  title,
  group,
  count,
  declarant: false,
});

/** A typical department: a head, a deputy when large, and specialists, all in the перечень. */
const dept = (headTitle: string, n: number): PositionSpec[] => {
  const specs: PositionSpec[] = [D(headTitle, 'chief', 1)];
  let left = n - 1;
  if (n >= 6) {
    specs.push(
      D(
        headTitle.replace(/^Начальник/, 'Заместитель начальника').replace(/^Председатель/, 'Заместитель председателя'),
        'chief',
        1,
      ),
    );
    left--;
  }
  const consultants = Math.min(left, Math.ceil(left / 3));
  if (consultants) specs.push(D('Консультант-советник', 'leading', consultants));
  const chiefSpecs = Math.ceil((left - consultants) / 2);
  if (chiefSpecs) specs.push(D('Главный специалист', 'senior', chiefSpecs));
  const leading = left - consultants - chiefSpecs;
  if (leading) specs.push(D('Ведущий специалист', 'senior', leading));
  return specs;
};

export const demoStructure: OrgSpec[] = [
  {
    key: 'admin',
    kind: 'administration',
    name: DEMO_ORG_NAME,
    shortName: 'Администрация КМО',
    subdivisions: [
      {
        name: 'Руководство администрации',
        positions: [
          D('Первый заместитель главы Кемеровского муниципального округа', 'highest', 1),
          D(
            'Заместитель главы Кемеровского муниципального округа по внутренней политике, руководитель аппарата',
            'highest',
            1,
          ),
          D('Заместитель главы Кемеровского муниципального округа', 'highest', 3),
        ],
      },
      {
        name: 'Управление по вопросам муниципальной службы, кадров и противодействия коррупции',
        positions: [D('Начальник управления', 'highest', 1)],
      },
      {
        name: 'Отдел по профилактике коррупционных и иных правонарушений',
        parent: 'Управление по вопросам муниципальной службы, кадров и противодействия коррупции',
        positions: dept('Начальник отдела', 4),
      },
      {
        name: 'Отдел кадров и муниципальной службы',
        parent: 'Управление по вопросам муниципальной службы, кадров и противодействия коррупции',
        positions: [...dept('Начальник отдела', 5), N('Специалист 1 категории', 'junior', 1)],
      },
      { name: 'Правовое управление', positions: dept('Начальник управления', 10) },
      {
        name: 'Управление протокола и документационного обеспечения',
        positions: [...dept('Начальник управления', 4), W('Делопроизводитель', 3)],
      },
      {
        name: 'Отдел по работе с обращениями граждан',
        parent: 'Управление протокола и документационного обеспечения',
        positions: dept('Начальник отдела', 4),
      },
      { name: 'Управление по работе со средствами массовой информации', positions: dept('Начальник управления', 5) },
      {
        name: 'Управление информационных технологий',
        positions: [...dept('Начальник управления', 6), W('Программист', 3)],
      },
      { name: 'Управление архитектуры и градостроительства', positions: dept('Начальник управления', 12) },
      {
        name: 'Управление бухгалтерского учета и отчетности',
        positions: [...dept('Начальник управления', 9), W('Бухгалтер', 2)],
      },
      { name: 'Контрольно-ревизионное управление', positions: dept('Начальник управления', 2) },
      {
        name: 'Отдел внутреннего финансового контроля',
        parent: 'Контрольно-ревизионное управление',
        positions: dept('Начальник отдела', 4),
      },
      { name: 'Отдел контрактной службы', positions: dept('Начальник отдела', 6) },
      { name: 'Управление экономического развития', positions: dept('Начальник управления', 8) },
      { name: 'Управление жизнеобеспечения', positions: [...dept('Начальник управления', 10), W('Водитель', 4)] },
      {
        name: 'Территориальное управление',
        positions: [...dept('Начальник управления', 14), W('Инспектор по благоустройству', 6)],
      },
    ],
  },
  {
    key: 'kumi',
    kind: 'body',
    parent: 'admin',
    name: 'Комитет по управлению муниципальным имуществом Кемеровского муниципального округа',
    shortName: 'КУМИ КМО',
    subdivisions: [
      {
        name: 'Руководство комитета',
        positions: [D('Председатель комитета', 'highest', 1), D('Заместитель председателя комитета', 'chief', 1)],
      },
      { name: 'Отдел земельных отношений', positions: dept('Начальник отдела', 9) },
      { name: 'Отдел имущественных отношений', positions: [...dept('Начальник отдела', 9), W('Инженер', 2)] },
    ],
  },
  {
    key: 'education',
    kind: 'body',
    parent: 'admin',
    name: 'Управление образования администрации Кемеровского муниципального округа',
    shortName: 'Управление образования',
    subdivisions: [
      { name: 'Руководство управления образования', positions: [D('Начальник управления образования', 'highest', 1)] },
      { name: 'Отдел общего и дополнительного образования', positions: dept('Начальник отдела', 8) },
      { name: 'Отдел дошкольного образования', positions: [...dept('Начальник отдела', 7), W('Методист', 3)] },
    ],
  },
  {
    key: 'culture',
    kind: 'body',
    parent: 'admin',
    name: 'Управление культуры, спорта и молодежной политики администрации Кемеровского муниципального округа',
    shortName: 'Управление культуры',
    subdivisions: [
      {
        name: 'Руководство управления культуры',
        positions: [D('Начальник управления культуры, спорта и молодежной политики', 'highest', 1)],
      },
      { name: 'Отдел культуры и молодежной политики', positions: dept('Начальник отдела', 6) },
      { name: 'Отдел физической культуры и спорта', positions: dept('Начальник отдела', 5) },
    ],
  },
  {
    key: 'finance',
    kind: 'body',
    parent: 'admin',
    name: 'Финансовое управление Кемеровского муниципального округа',
    shortName: 'Финансовое управление',
    subdivisions: [
      { name: 'Руководство финансового управления', positions: [D('Начальник финансового управления', 'highest', 1)] },
      { name: 'Бюджетный отдел', positions: dept('Начальник отдела', 7) },
      {
        name: 'Отдел казначейского исполнения бюджета',
        positions: [...dept('Начальник отдела', 6), W('Бухгалтер', 2)],
      },
    ],
  },
  // Subordinate institutions: their heads file declarations (273-ФЗ ст. 8 ч. 1 п. 4; Decree 1065).
  {
    key: 'uks',
    kind: 'institution',
    parent: 'admin',
    name: 'Муниципальное казенное учреждение «Управление капитального строительства»',
    shortName: 'МКУ «УКС»',
    subdivisions: [
      { name: 'Руководство учреждения', positions: [{ ...D('Директор', 'none', 1) }] },
      { name: 'Производственно-технический отдел', positions: [W('Инженер', 4)] },
    ],
  },
  {
    key: 'cbo',
    kind: 'institution',
    parent: 'admin',
    name: 'Муниципальное казенное учреждение «Центр бухгалтерского обслуживания»',
    shortName: 'МКУ «ЦБО»',
    subdivisions: [
      { name: 'Руководство учреждения', positions: [D('Директор', 'none', 1)] },
      { name: 'Расчетный отдел', positions: [W('Бухгалтер', 3)] },
    ],
  },
  {
    key: 'school',
    kind: 'institution',
    parent: 'education',
    name: 'Муниципальное бюджетное общеобразовательное учреждение «Пригородная основная общеобразовательная школа имени Ошлыкова Е.В.»',
    shortName: 'МБОУ «Пригородная ООШ имени Ошлыкова Е.В.»',
    subdivisions: [
      {
        name: 'Администрация школы',
        positions: [D('Директор', 'none', 1), W('Заместитель директора по учебно-воспитательной работе', 1)],
      },
    ],
  },
  {
    key: 'ckd',
    kind: 'institution',
    parent: 'culture',
    name: 'Муниципальное бюджетное учреждение «Центр культуры и досуга Кемеровского муниципального округа»',
    shortName: 'МБУ «ЦКД»',
    subdivisions: [
      { name: 'Руководство учреждения', positions: [D('Директор', 'none', 1)] },
      { name: 'Культурно-массовый отдел', positions: [W('Культорганизатор', 3)] },
    ],
  },
];

/** Former municipal employees (dismissed 2022–2023): employers report their new contracts (273-ФЗ ст. 12). */
export const DEMO_FORMER_EMPLOYEES = 40;
