/**
 * Grounds for a meeting of the commission on conduct and conflict of interest (Указ Президента РФ от
 * 01.07.2010 № 821, п. 16; domain.md §1.3) and the decisions the commission may take on each of them
 * (п. 22–27.1; domain.md §1.6). Municipalities reproduce Указ № 821 in their own regulation on the
 * commission (25-ФЗ ст. 14.1 ч. 4), so the codes follow the Decree's sub-paragraphs.
 */

export const commissionGrounds = ['16a_2', '16a_3', '16b_2', '16b_3', '16b_4', '16b_5', '16v', '16g', '16d'] as const;
/** Основание для проведения заседания (Указ № 821, п. 16). */
export type CommissionGround = (typeof commissionGrounds)[number];

/** When the meeting must take place (Указ № 821, п. 17, 17.1, 17.2; 273-ФЗ ст. 12 ч. 3). */
export type MeetingTerm = 'standard' | 'income_applications' | 'next_meeting' | 'consent_appeal';

export type GroundDef = {
  code: CommissionGround;
  /** Short label for lists. */
  label: string;
  /** The Decree's wording, paraphrased, for forms and the protocol. */
  description: string;
  basis: string;
  /** Указ № 821, п. 16.1–16.4: the unit responsible for prevention reviews it and writes a motivated conclusion. */
  needsConclusion: boolean;
  meetingTerm: MeetingTerm;
};

const D = 'Указ № 821';

export const groundDefs: Record<CommissionGround, GroundDef> = {
  '16a_2': {
    code: '16a_2',
    label: 'Недостоверные или неполные сведения о доходах (материалы проверки)',
    description:
      'Материалы проверки, свидетельствующие о представлении служащим недостоверных или неполных сведений о доходах, об имуществе и обязательствах имущественного характера',
    basis: `${D}, п. 16 подп. «а» абз. 2`,
    needsConclusion: false,
    meetingTerm: 'standard',
  },
  '16a_3': {
    code: '16a_3',
    label: 'Несоблюдение требований к служебному поведению (материалы проверки)',
    description:
      'Материалы проверки, свидетельствующие о несоблюдении служащим требований к служебному поведению и (или) требований об урегулировании конфликта интересов',
    basis: `${D}, п. 16 подп. «а» абз. 3`,
    needsConclusion: false,
    meetingTerm: 'standard',
  },
  '16b_2': {
    code: '16b_2',
    label: 'Обращение о даче согласия на трудоустройство бывшего служащего',
    description:
      'Обращение гражданина, замещавшего должность, включённую в перечень, о даче согласия на замещение должности в организации (выполнение работ по гражданско-правовому договору), если отдельные функции управления этой организацией входили в его должностные обязанности, до истечения двух лет со дня увольнения',
    basis: `${D}, п. 16 подп. «б» абз. 2; 273-ФЗ, ст. 12`,
    needsConclusion: true,
    meetingTerm: 'consent_appeal',
  },
  '16b_3': {
    code: '16b_3',
    label: 'Невозможность представить сведения о доходах супруги (супруга) и детей',
    description:
      'Заявление служащего о невозможности по объективным причинам представить сведения о доходах, об имуществе и обязательствах имущественного характера своих супруги (супруга) и несовершеннолетних детей',
    basis: `${D}, п. 16 подп. «б» абз. 3`,
    needsConclusion: false,
    meetingTerm: 'income_applications',
  },
  '16b_4': {
    code: '16b_4',
    label: 'Невозможность выполнить требования 79-ФЗ (иностранные счета)',
    description:
      'Заявление служащего о невозможности выполнить требования Федерального закона от 07.05.2013 № 79-ФЗ в связи с арестом, запретом распоряжения, наложенными компетентными органами иностранного государства, или иными не зависящими от него обстоятельствами',
    basis: `${D}, п. 16 подп. «б» абз. 4`,
    needsConclusion: false,
    meetingTerm: 'income_applications',
  },
  '16b_5': {
    code: '16b_5',
    label: 'Уведомление о личной заинтересованности (конфликт интересов)',
    description:
      'Уведомление служащего о возникновении личной заинтересованности при исполнении должностных обязанностей, которая приводит или может привести к конфликту интересов',
    basis: `${D}, п. 16 подп. «б» абз. 5; 273-ФЗ, ст. 11`,
    needsConclusion: true,
    meetingTerm: 'standard',
  },
  '16v': {
    code: '16v',
    label: 'Представление руководителя или члена комиссии',
    description:
      'Представление представителя нанимателя или любого члена комиссии, касающееся обеспечения соблюдения служащим требований к служебному поведению и (или) требований об урегулировании конфликта интересов либо осуществления мер по предупреждению коррупции',
    basis: `${D}, п. 16 подп. «в»`,
    needsConclusion: false,
    meetingTerm: 'standard',
  },
  '16g': {
    code: '16g',
    label: 'Недостоверные сведения о расходах (230-ФЗ)',
    description:
      'Представление материалов проверки, свидетельствующих о представлении служащим недостоверных или неполных сведений о расходах (230-ФЗ, ст. 3 ч. 1)',
    basis: `${D}, п. 16 подп. «г»`,
    needsConclusion: false,
    meetingTerm: 'standard',
  },
  '16d': {
    code: '16d',
    label: 'Сообщение работодателя о заключении договора с бывшим служащим',
    description:
      'Поступившее уведомление коммерческой или некоммерческой организации о заключении с гражданином, замещавшим должность муниципальной службы, трудового или гражданско-правового договора, если вопрос о даче согласия ранее комиссией не рассматривался',
    basis: `${D}, п. 16 подп. «д»; 273-ФЗ, ст. 12 ч. 4; ТК РФ, ст. 64.1`,
    needsConclusion: true,
    meetingTerm: 'next_meeting',
  },
};

export type DecisionDef = {
  code: string;
  label: string;
  basis: string;
  /** The commission recommends the head to apply a penalty (25-ФЗ ст. 27, 27.1). */
  recommendsPenalty?: boolean;
  /** The head is recommended to inform the prosecutor / other bodies. */
  informsProsecutor?: boolean;
  /** Binding on the head (only the consent decision on п. 16 «б» абз. 2 is). */
  isBinding?: boolean;
};

/** «Иное решение» with reasons in the protocol (Указ № 821, п. 26). */
export const otherDecision: DecisionDef = {
  code: 'other',
  label: 'Иное решение (основания и мотивы отражены в протоколе)',
  basis: `${D}, п. 26`,
};

/** Decisions allowed per ground (Указ № 821, п. 22–27.1; domain.md §1.6). */
export const decisionsByGround: Record<CommissionGround, DecisionDef[]> = {
  '16a_2': [
    { code: 'reliable', label: 'Сведения являются достоверными и полными', basis: `${D}, п. 22 подп. «а»` },
    {
      code: 'unreliable_penalty',
      label: 'Сведения являются недостоверными и (или) неполными — рекомендовать применить меру ответственности',
      basis: `${D}, п. 22 подп. «б»`,
      recommendsPenalty: true,
    },
  ],
  '16a_3': [
    {
      code: 'complied',
      label: 'Служащий соблюдал требования к служебному поведению и (или) об урегулировании конфликта интересов',
      basis: `${D}, п. 23 подп. «а»`,
    },
    {
      code: 'not_complied',
      label:
        'Служащий не соблюдал требования — рекомендовать указать на недопустимость нарушения либо применить меру ответственности',
      basis: `${D}, п. 23 подп. «б»`,
      recommendsPenalty: true,
    },
  ],
  '16b_2': [
    {
      code: 'consent_given',
      label: 'Дать согласие на замещение должности (выполнение работы) в организации',
      basis: `${D}, п. 24 подп. «а»`,
      isBinding: true,
    },
    {
      code: 'consent_refused',
      label: 'Отказать в даче согласия (с мотивировкой отказа)',
      basis: `${D}, п. 24 подп. «б»`,
      isBinding: true,
    },
  ],
  '16b_3': [
    {
      code: 'objective',
      label: 'Причина непредставления сведений является объективной и уважительной',
      basis: `${D}, п. 25 подп. «а»`,
    },
    {
      code: 'not_valid_submit',
      label: 'Причина не является уважительной — рекомендовать служащему принять меры по представлению сведений',
      basis: `${D}, п. 25 подп. «б»`,
    },
    {
      code: 'evasion_penalty',
      label: 'Причина необъективна и является способом уклонения — рекомендовать применить меру ответственности',
      basis: `${D}, п. 25 подп. «в»`,
      recommendsPenalty: true,
    },
  ],
  '16g': [
    {
      code: 'expenses_reliable',
      label: 'Сведения о расходах являются достоверными и полными',
      basis: `${D}, п. 25.1 подп. «а»`,
    },
    {
      code: 'expenses_unreliable',
      label:
        'Сведения о расходах недостоверны и (или) неполны — рекомендовать применить меру ответственности и (или) направить материалы в органы прокуратуры',
      basis: `${D}, п. 25.1 подп. «б»`,
      recommendsPenalty: true,
      informsProsecutor: true,
    },
  ],
  '16b_4': [
    {
      code: 'objective',
      label: 'Обстоятельства являются объективными и уважительными',
      basis: `${D}, п. 25.2 подп. «а»`,
    },
    {
      code: 'not_objective_penalty',
      label: 'Обстоятельства не являются объективными и уважительными — рекомендовать применить меру ответственности',
      basis: `${D}, п. 25.2 подп. «б»`,
      recommendsPenalty: true,
    },
  ],
  '16b_5': [
    {
      code: 'no_conflict',
      label: 'При исполнении обязанностей конфликт интересов отсутствует',
      basis: `${D}, п. 25.3 подп. «а»`,
    },
    {
      code: 'conflict_measures',
      label:
        'Личная заинтересованность приводит или может привести к конфликту интересов — рекомендовать принять меры по его урегулированию или недопущению',
      basis: `${D}, п. 25.3 подп. «б»`,
    },
    {
      code: 'coi_breach_penalty',
      label:
        'Служащий не соблюдал требования об урегулировании конфликта интересов — рекомендовать применить меру ответственности',
      basis: `${D}, п. 25.3 подп. «в»`,
      recommendsPenalty: true,
    },
  ],
  '16d': [
    {
      code: 'consent_given',
      label: 'Дать согласие на замещение должности (выполнение работы) в организации',
      basis: `${D}, п. 26.1 подп. «а»`,
    },
    {
      code: 'violation_prosecutor',
      label:
        'Замещение должности (выполнение работы) нарушает ст. 12 273-ФЗ — рекомендовать проинформировать органы прокуратуры и уведомившую организацию',
      basis: `${D}, п. 26.1 подп. «б»`,
      informsProsecutor: true,
    },
  ],
  '16v': [
    { code: 'appropriate', label: 'Принято соответствующее решение (изложено в протоколе)', basis: `${D}, п. 27` },
  ],
};

/** Decisions the commission may take on a ground, «иное решение» last. */
export function allowedDecisions(ground: CommissionGround): DecisionDef[] {
  return [...decisionsByGround[ground], otherDecision];
}

/** The decision of that code for the ground, or undefined when the ground does not allow it. */
export function findDecision(ground: CommissionGround, code: string): DecisionDef | undefined {
  return allowedDecisions(ground).find((d) => d.code === code);
}

/** Where a case came from (the source record is kept by kind and id; modules not built yet get a free reference). */
export const caseSourceKinds = [
  'journal_entry',
  'declaration_finding',
  'affiliation_link',
  'verification',
  'manual',
] as const;
export type CaseSourceKind = (typeof caseSourceKinds)[number];
export const caseSourceLabels: Record<CaseSourceKind, string> = {
  journal_entry: 'Запись журнала',
  declaration_finding: 'Результат анализа справок о доходах',
  affiliation_link: 'Выявленная связь (аффилированность)',
  verification: 'Материалы проверки',
  manual: 'Внесено вручную',
};

/** Journals whose entries open a case, and the ground each one gives. */
export const groundOfJournal: Record<string, CommissionGround> = {
  'coi-notice': '16b_5',
  'ex-employee-notice': '16d',
};
