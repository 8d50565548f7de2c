/**
 * Name parts for fictitious people. Surnames are given in the masculine form; the feminine one is derived.
 * Combinations are drawn at random, so no generated person is a real one.
 */
export const SURNAMES = [
  'Рябов',
  'Миронов',
  'Фомин',
  'Соколов',
  'Лебедев',
  'Козлов',
  'Новиков',
  'Морозов',
  'Волков',
  'Зайцев',
  'Павлов',
  'Семенов',
  'Голубев',
  'Виноградов',
  'Богданов',
  'Воробьев',
  'Федоров',
  'Михайлов',
  'Беляев',
  'Тарасов',
  'Белов',
  'Комаров',
  'Орлов',
  'Киселев',
  'Макаров',
  'Андреев',
  'Ковалев',
  'Ильин',
  'Гусев',
  'Титов',
] as const;
export const MALE_NAMES = [
  'Андрей',
  'Илья',
  'Фёдор',
  'Павел',
  'Роман',
  'Сергей',
  'Иван',
  'Алексей',
  'Дмитрий',
  'Михаил',
  'Николай',
  'Олег',
] as const;
export const FEMALE_NAMES = [
  'Юлия',
  'Анна',
  'Вера',
  'Ксения',
  'Марина',
  'Ольга',
  'Елена',
  'Татьяна',
  'Наталья',
  'Ирина',
  'Дарья',
  'Светлана',
] as const;
export const FATHER_NAMES = ['Андрей', 'Иван', 'Сергей', 'Пётр', 'Николай', 'Алексей', 'Михаил', 'Фёдор'] as const;

const PATRONYMIC: Record<string, [string, string]> = {
  Андрей: ['Андреевич', 'Андреевна'],
  Иван: ['Иванович', 'Ивановна'],
  Сергей: ['Сергеевич', 'Сергеевна'],
  Пётр: ['Петрович', 'Петровна'],
  Николай: ['Николаевич', 'Николаевна'],
  Алексей: ['Алексеевич', 'Алексеевна'],
  Михаил: ['Михайлович', 'Михайловна'],
  Фёдор: ['Фёдорович', 'Фёдоровна'],
  Илья: ['Ильич', 'Ильинична'],
  Павел: ['Павлович', 'Павловна'],
  Роман: ['Романович', 'Романовна'],
  Дмитрий: ['Дмитриевич', 'Дмитриевна'],
  Олег: ['Олегович', 'Олеговна'],
};

export function patronymic(fatherName: string, gender: 'male' | 'female'): string {
  const pair = PATRONYMIC[fatherName] ?? ['Иванович', 'Ивановна'];
  return gender === 'male' ? pair[0] : pair[1];
}

export function surname(base: string, gender: 'male' | 'female'): string {
  return gender === 'male' ? base : `${base}а`;
}
