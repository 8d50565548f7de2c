/**
 * The staff-list template (штатный список): the columns an HR officer fills in, in this order. The same
 * table drives the template file, the parser and the README, so they cannot disagree.
 */
export type StaffColumnKey =
  | 'personnelNumber'
  | 'lastName'
  | 'firstName'
  | 'middleName'
  | 'birthDate'
  | 'inn'
  | 'snils'
  | 'phone'
  | 'email'
  | 'subdivision'
  | 'position'
  | 'isDeclarant'
  | 'kind'
  | 'hiredAt'
  | 'dismissedAt';

export type StaffColumn = { key: StaffColumnKey; header: string; required: boolean; help: string; example: string };

export const staffColumns: StaffColumn[] = [
  {
    key: 'personnelNumber',
    header: 'Табельный номер',
    required: false,
    help: 'Если указан, по нему находится уже загруженный сотрудник',
    example: '00125',
  },
  { key: 'lastName', header: 'Фамилия', required: true, help: 'Фамилия', example: 'Иванова' },
  { key: 'firstName', header: 'Имя', required: true, help: 'Имя', example: 'Мария' },
  { key: 'middleName', header: 'Отчество', required: false, help: 'Отчество (при наличии)', example: 'Петровна' },
  {
    key: 'birthDate',
    header: 'Дата рождения',
    required: true,
    help: 'ДД.ММ.ГГГГ или ячейка-дата',
    example: '14.03.1985',
  },
  { key: 'inn', header: 'ИНН', required: false, help: '12 цифр, проверяется контрольная сумма', example: '' },
  { key: 'snils', header: 'СНИЛС', required: false, help: '11 цифр, можно с дефисами', example: '' },
  { key: 'phone', header: 'Телефон', required: false, help: 'Несколько — через «;»', example: '+7 (3842) 75-00-00' },
  { key: 'email', header: 'E-mail', required: false, help: 'Несколько — через «;»', example: '' },
  {
    key: 'subdivision',
    header: 'Подразделение',
    required: true,
    help: 'Точное наименование подразделения, уже заведённого в системе',
    example: 'Правовое управление',
  },
  {
    key: 'position',
    header: 'Должность',
    required: true,
    help: 'Наименование должности; новая должность будет создана',
    example: 'Главный специалист',
  },
  {
    key: 'isDeclarant',
    header: 'Должность в перечне (да/нет)',
    required: true,
    help: '«да» — должность включена в перечень, замещающий её представляет сведения о доходах',
    example: 'да',
  },
  {
    key: 'kind',
    header: 'Вид работника',
    required: true,
    help: '«муниципальный служащий», «руководитель учреждения» или «работник»',
    example: 'муниципальный служащий',
  },
  { key: 'hiredAt', header: 'Дата приёма', required: true, help: 'ДД.ММ.ГГГГ', example: '01.02.2019' },
  { key: 'dismissedAt', header: 'Дата увольнения', required: false, help: 'ДД.ММ.ГГГГ, если уволен', example: '' },
];
