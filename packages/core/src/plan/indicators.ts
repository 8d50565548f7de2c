/**
 * The catalogue of live indicators (issue 4): named figures of the annual report, each with one
 * definition. `source` says where the figure comes from today: computed from Antikor's registries, or
 * read from the yearly figures table the officer fills in by hand until the module behind it exists.
 * When a module lands, its indicators switch to `computed` here — the narratives do not change.
 */
export type IndicatorUnit = 'count' | 'thousand_rub' | 'percent' | 'date';
export type IndicatorSource = 'computed' | 'manual';

export type IndicatorDefinition = {
  key: string;
  title: string;
  unit: IndicatorUnit;
  /** Plan measures the figure belongs to (numbers as in the plan). */
  measures: string[];
  source: IndicatorSource;
  /** For computed figures: what the figure counts, in Russian, shown beside the value. */
  definition: string;
};

const count = (
  key: string,
  title: string,
  measures: string[],
  source: IndicatorSource,
  definition: string,
): IndicatorDefinition => ({
  key,
  title,
  unit: 'count',
  measures,
  source,
  definition,
});

export const indicatorDefinitions: IndicatorDefinition[] = [
  count(
    'commission.meetings',
    'Заседаний комиссии по соблюдению требований к служебному поведению',
    ['1.1'],
    'computed',
    'Проведённые заседания комиссии с датой в периоде',
  ),
  count(
    'commission.employeesConsidered',
    'Муниципальных служащих, в отношении которых рассмотрены вопросы на заседаниях комиссии',
    ['1.1'],
    'computed',
    'Разные служащие, чьи дела рассмотрены на заседаниях периода',
  ),
  count(
    'declarations.dueMunicipal',
    'Муниципальных служащих, обязанных представить сведения о доходах',
    ['1.3', '1.5'],
    'computed',
    'Декларационная кампания со сроком подачи в отчётном году: муниципальные служащие',
  ),
  count(
    'declarations.receivedMunicipal',
    'Муниципальных служащих, представивших сведения о доходах',
    ['1.3', '1.5'],
    'computed',
    'Декларационная кампания со сроком подачи в отчётном году: представившие сведения муниципальные служащие',
  ),
  count(
    'declarations.dueHeads',
    'Руководителей муниципальных учреждений, обязанных представить сведения о доходах',
    ['1.3', '1.5'],
    'computed',
    'Декларационная кампания со сроком подачи в отчётном году: руководители учреждений',
  ),
  count(
    'declarations.receivedHeads',
    'Руководителей муниципальных учреждений, представивших сведения о доходах',
    ['1.3', '1.5'],
    'computed',
    'Декларационная кампания со сроком подачи в отчётном году: представившие сведения руководители',
  ),
  count(
    'notices.conflictOfInterest',
    'Уведомлений о возникновении личной заинтересованности (конфликте интересов)',
    ['1.2'],
    'computed',
    'Журнал уведомлений о личной заинтересованности: зарегистрировано в периоде',
  ),
  count(
    'notices.outsideWork',
    'Уведомлений о намерении выполнять иную оплачиваемую работу',
    ['1.6'],
    'computed',
    'Журнал уведомлений об иной оплачиваемой работе: зарегистрировано в периоде',
  ),
  count(
    'notices.gifts',
    'Уведомлений о получении подарка',
    ['1.7'],
    'computed',
    'Журнал уведомлений о получении подарка: зарегистрировано в периоде',
  ),
  count(
    'notices.inducement',
    'Уведомлений о фактах обращения в целях склонения к совершению коррупционных правонарушений',
    ['1.8'],
    'computed',
    'Журнал уведомлений о склонении: зарегистрировано в периоде',
  ),
  count(
    'notices.exEmployee',
    'Сообщений работодателей о заключении договоров с бывшими муниципальными служащими',
    ['1.9'],
    'computed',
    'Журнал сообщений работодателей: зарегистрировано в периоде',
  ),
  count(
    'court.cases',
    'Административных дел по главе 22 КАС РФ в производстве судов',
    ['2.1'],
    'computed',
    'Дела, поступившие до конца периода и не решённые до его начала',
  ),
  count(
    'court.unlawful',
    'Дел, по которым действия (бездействие) признаны незаконными',
    ['2.1'],
    'computed',
    'Из дел периода: решения о признании незаконными, вынесенные до конца периода',
  ),
  count(
    'court.dismissed',
    'Дел, по которым заявителям отказано',
    ['2.1'],
    'computed',
    'Из дел периода: отказано в удовлетворении до конца периода',
  ),
  count('court.pending', 'Дел на рассмотрении', ['2.1'], 'computed', 'Из дел периода: не решены на конец периода'),
  count(
    'court.executed',
    'Дел, по которым исполнены обязанности ч. 9 ст. 227 КАС РФ',
    ['2.1'],
    'computed',
    'Из дел периода: суд уведомлён об исполнении до конца периода',
  ),
  count(
    'drafts.examined',
    'Проектов нормативных правовых актов, прошедших правовую экспертизу',
    ['2.2'],
    'computed',
    'Реестр проектов НПА: поступили на экспертизу в периоде',
  ),
  count(
    'drafts.expertise',
    'Проектов, в отношении которых проведена антикоррупционная экспертиза',
    ['2.2'],
    'computed',
    'Реестр проектов НПА: из них с отметкой об антикоррупционной экспертизе',
  ),
  count(
    'drafts.factors',
    'Выявлено коррупциогенных факторов',
    ['2.2'],
    'computed',
    'Реестр проектов НПА: сумма выявленных факторов',
  ),
  count(
    'training.trained',
    'Муниципальных служащих, прошедших повышение квалификации по противодействию коррупции',
    ['3.4'],
    'computed',
    'Журнал обучения: разные служащие, окончившие повышение квалификации в периоде',
  ),
  count(
    'training.firstTime',
    'Из них впервые поступивших на муниципальную службу',
    ['3.4'],
    'computed',
    'Журнал обучения: из них с отметкой «впервые поступил на службу»',
  ),
  count(
    'training.otherProgramme',
    'Муниципальных служащих, обученных по иным программам в области противодействия коррупции',
    ['3.4'],
    'computed',
    'Журнал обучения: разные служащие, окончившие иную образовательную программу или дистанционный курс',
  ),
  count(
    'procurement.notices',
    'Размещено извещений об осуществлении закупки',
    ['4.1'],
    'computed',
    'Реестр закупок: извещения, размещённые в периоде',
  ),
  count(
    'procurement.completed',
    'Закупок, завершившихся определением поставщика',
    ['4.1'],
    'computed',
    'Реестр закупок: из них с определённым поставщиком (в т. ч. с заключённым контрактом)',
  ),
  count(
    'procurement.contracts',
    'Заключено контрактов',
    ['4.1'],
    'computed',
    'Реестр закупок: из них с заключённым контрактом',
  ),
  {
    key: 'procurement.initialPrice',
    title: 'Суммарная начальная (максимальная) цена контрактов, тыс. руб.',
    unit: 'thousand_rub',
    measures: ['4.1'],
    source: 'computed',
    definition: 'Реестр закупок: сумма НМЦК закупок, по которым заключены контракты',
  },
  {
    key: 'procurement.contractPrice',
    title: 'Общая сумма заключённых контрактов, тыс. руб.',
    unit: 'thousand_rub',
    measures: ['4.1'],
    source: 'computed',
    definition: 'Реестр закупок: сумма цен заключённых контрактов',
  },
  {
    key: 'procurement.savings',
    title: 'Экономия по результатам торгов, тыс. руб.',
    unit: 'thousand_rub',
    measures: ['4.1'],
    source: 'computed',
    definition: 'Начальная цена минус цена контрактов',
  },
  {
    key: 'procurement.savingsPercent',
    title: 'Экономия, % от начальной цены',
    unit: 'percent',
    measures: ['4.1'],
    source: 'computed',
    definition: 'Экономия / начальная цена × 100, два знака',
  },
  count(
    'appeals.corruptionReports',
    'Сообщений граждан о фактах коррупции',
    ['6.2', '6.5'],
    'computed',
    'Журнал сообщений о фактах коррупции (с отметкой «содержит сведения о коррупции») и такие обращения на «прямых линиях»',
  ),
  count(
    'directLines.held',
    'Проведено «прямых линий» с гражданами',
    ['6.3'],
    'computed',
    'Журнал «прямых линий»: проведены в периоде',
  ),
  count(
    'hearings.held',
    'Проведено публичных слушаний',
    ['6.6'],
    'computed',
    'Журнал публичных слушаний: проведены в периоде',
  ),
  count(
    'consultations.held',
    'Консультаций по вопросам соблюдения требований к служебному поведению',
    ['7.1'],
    'computed',
    'Журнал консультаций: записи периода',
  ),
  count(
    'events.held',
    'Проведено антикоррупционных мероприятий и семинаров',
    ['7.3', '7.4'],
    'computed',
    'Журнал мероприятий: проведены в периоде',
  ),
  {
    key: 'events.internationalDayDate',
    title: 'Дата мероприятия к Международному дню борьбы с коррупцией',
    unit: 'date',
    measures: ['7.3'],
    source: 'computed',
    definition: 'Журнал мероприятий: первое проведённое мероприятие к 9 декабря в периоде',
  },
  count(
    'website.updates',
    'Актуализаций раздела «Противодействие коррупции» на сайте',
    ['6.4', '7.2'],
    'computed',
    'Журнал актуализации раздела сайта: записи периода',
  ),
  // A figure with no registry behind it: the officer enters it in the yearly figures table.
  count(
    'staff.acquainted',
    'Муниципальных служащих, ознакомленных под роспись с требованиями антикоррупционного законодательства',
    ['1.2', '1.7'],
    'manual',
    '',
  ),
];

export const indicatorByKey = new Map(indicatorDefinitions.map((d) => [d.key, d]));

/** Keys the officer may enter by hand in the yearly figures table. */
export const manualIndicatorKeys = indicatorDefinitions.filter((d) => d.source === 'manual').map((d) => d.key);
