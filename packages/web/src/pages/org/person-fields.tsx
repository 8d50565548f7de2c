import type { Person, PersonInput } from '@antikor/core';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { datePickerFormat, fromIsoDate, toIsoDate } from '../../components/dates';

/** Form values of a person (the form keeps dates as pickers' values and addresses as lines). */
export type PersonValues = {
  lastName?: string;
  firstName?: string;
  middleName?: string;
  birthDate?: Dayjs | null;
  birthPlace?: string;
  inn?: string;
  snils?: string;
  phones?: string[];
  emails?: string[];
  addresses?: string;
};

/** Form values → the API's person input. */
export function toPersonInput(v: PersonValues): PersonInput {
  return {
    lastName: v.lastName ?? '',
    firstName: v.firstName ?? '',
    middleName: v.middleName || null,
    birthDate: toIsoDate(v.birthDate),
    birthPlace: v.birthPlace || null,
    inn: v.inn || null,
    snils: v.snils || null,
    phones: v.phones ?? [],
    emails: v.emails ?? [],
    addresses: (v.addresses ?? '')
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean),
  };
}

/** A stored person → form values. */
export function fromPerson(p: Person | undefined): PersonValues {
  return {
    lastName: p?.lastName ?? '',
    firstName: p?.firstName ?? '',
    middleName: p?.middleName ?? '',
    birthDate: fromIsoDate(p?.birthDate),
    birthPlace: p?.birthPlace ?? '',
    inn: p?.inn ?? '',
    snils: p?.snils ?? '',
    phones: p?.phones ?? [],
    emails: p?.emails ?? [],
    addresses: (p?.addresses ?? []).join('\n'),
  };
}

const tags = { mode: 'tags' as const, open: false, tokenSeparators: [',', ';'], suffixIcon: null };

/**
 * Fields of a person under `prefix` (['person'] in the employee and relative forms). Contacts and
 * identifiers are optional: they feed the affiliation checks when known.
 */
export function PersonFields({ prefix = ['person'] }: { prefix?: string[] }) {
  const n = (field: string) => [...prefix, field];
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            label="Фамилия"
            name={n('lastName')}
            rules={[{ required: true, whitespace: true, message: 'Фамилия: обязательное поле' }]}
          >
            <Input data-testid="person-last-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label="Имя"
            name={n('firstName')}
            rules={[{ required: true, whitespace: true, message: 'Имя: обязательное поле' }]}
          >
            <Input data-testid="person-first-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="Отчество" name={n('middleName')}>
            <Input data-testid="person-middle-name" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="Дата рождения" name={n('birthDate')}>
            <DatePicker
              format={datePickerFormat}
              style={{ width: '100%' }}
              placeholder="ДД.ММ.ГГГГ"
              data-testid="person-birth-date"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item label="Место рождения" name={n('birthPlace')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label="ИНН" name={n('inn')} extra="12 цифр">
            <Input maxLength={12} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="СНИЛС" name={n('snils')} extra="11 цифр, можно с дефисами">
            <Input maxLength={14} placeholder="000-000-000 00" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Телефоны" name={n('phones')} extra="Несколько — через запятую или Enter">
            <Select {...tags} placeholder="+7 900 000-00-00" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="Электронная почта" name={n('emails')}>
            <Select {...tags} placeholder="name@example.ru" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="Адреса"
        name={n('addresses')}
        extra="Регистрации и фактического проживания; каждый адрес с новой строки"
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}
