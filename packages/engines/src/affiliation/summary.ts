/** One-line Russian explanation of a link for the working group (рабочая группа). */
import type { AgreementHow, FieldEvidence, LinkEvidence, MatchField } from './types';

const FIELD_RU: Record<MatchField, string> = {
  inn: 'ИНН',
  last_name: 'фамилия',
  first_name: 'имя',
  middle_name: 'отчество',
  birth_date: 'дата рождения',
  phone: 'телефон',
  email: 'эл. почта',
  address: 'адрес',
  gender: 'пол',
};

const HOW_RU: Record<AgreementHow, string> = {
  exact: 'совпадает',
  normalised: 'совпадает (регистр, пробелы, ё/е)',
  transliteration: 'совпадает в латинской записи',
  initial: 'совпадает инициал',
  'gender-form': 'другая родовая форма',
  typo: 'отличается одной опечаткой',
  'other-order': 'другой порядок',
  'entrepreneur-inn': 'совпадает с ИНН индивидуального предпринимателя',
  'same-invalid': 'совпадает, но не проходит проверку контрольных цифр',
  'other-format': 'совпадает в другой записи',
  'local-number': 'совпадает без кода города',
  'other-form': 'совпадает в другой записи',
  'same-flat': 'та же квартира (помещение)',
  'same-house': 'тот же дом (квартира не указана)',
  'same-building': 'тот же дом, квартира указана только с одной стороны',
  different: 'различается',
  'different-unchecked': 'различается (один из номеров с ошибкой)',
};

function phrase(f: FieldEvidence): string {
  return `${FIELD_RU[f.field]}: ${HOW_RU[f.how]}`;
}

/** Builds the summary line from the evidence. */
export function summarise(e: Omit<LinkEvidence, 'summary'>, score: number): string {
  const head = e.basis === 'same-person' ? 'Одно и то же лицо' : 'Общий контакт';
  const agree = e.fields.filter((f) => f.outcome !== 'disagree').map(phrase);
  const disagree = e.fields.filter((f) => f.outcome === 'disagree').map((f) => FIELD_RU[f.field]);
  let text = `${head} (${score.toFixed(2)})`;
  if (agree.length) text += `: ${agree.join('; ')}`;
  if (disagree.length) text += `. Различается: ${disagree.join(', ')}`;
  if (e.cap === 'name-only') text += '. Совпадает только ФИО — требуется проверка';
  if (e.cap === 'inn-conflict') text += '. ИНН разные — это разные лица';
  return `${text}.`;
}
