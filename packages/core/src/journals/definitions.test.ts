import { describe, expect, it } from 'vitest';
import { federalDeadlineRules } from '../calendar/federal-deadline-rules.js';
import { journalDataSchema } from './field-schema.js';
import { findJournal, journalDefinitions } from './registry.js';

describe('journal definitions', () => {
  it.each(journalDefinitions.map((d) => [d.code, d] as const))('%s is internally consistent', (_code, d) => {
    const statuses = new Set(d.statuses.map((s) => s.code));
    const fields = new Map(d.fields.map((f) => [f.key, f]));
    expect(statuses.has(d.initialStatus)).toBe(true);
    expect(new Set(d.fields.map((f) => f.key)).size).toBe(d.fields.length);
    expect(new Set(d.transitions.map((t) => t.action)).size).toBe(d.transitions.length);
    for (const t of d.transitions) {
      expect(statuses.has(t.to), `${t.action} → ${t.to}`).toBe(true);
      for (const f of t.from) expect(statuses.has(f), `${t.action} from ${f}`).toBe(true);
      for (const r of t.requires ?? []) expect(fields.has(r), `${t.action} requires ${r}`).toBe(true);
      expect(t.roles.length).toBeGreaterThan(0);
    }
    for (const dl of d.deadlines) {
      expect(federalDeadlineRules[dl.rule], dl.rule).toBeDefined();
      for (const s of dl.metBy) expect(statuses.has(s), `${dl.code} met by ${s}`).toBe(true);
      if (dl.startsFrom !== 'registeredAt')
        expect(['date', 'datetime']).toContain(fields.get(dl.startsFrom.field)?.type);
      if (dl.when) expect(fields.has(dl.when.field)).toBe(true);
    }
    for (const f of d.fields.filter((x) => x.type === 'select')) expect(f.options?.length).toBeGreaterThan(1);
    // Every non-final status can be left, so no entry gets stuck.
    for (const s of d.statuses.filter((x) => !x.isFinal))
      expect(
        d.transitions.some((t) => t.from.includes(s.code)),
        `${s.code} is a dead end`,
      ).toBe(true);
  });

  it('keeps the inducement journal confidential and lets employees file their own notifications', () => {
    expect(findJournal('inducement-notice')?.isConfidential).toBe(true);
    expect(findJournal('inducement-notice')?.readRoles).not.toContain('responsible_executor');
    for (const code of ['coi-notice', 'outside-work-notice', 'gift-notice', 'inducement-notice'])
      expect(findJournal(code)?.selfService).toBe(true);
  });
});

describe('journalDataSchema', () => {
  const gift = findJournal('gift-notice')!;
  it('accepts a gift notification with the form fields', () => {
    const r = journalDataSchema(gift).safeParse({
      receivedOn: '2024-05-06',
      eventName: 'Форум «Кузбасс», Кемерово, 06.05.2024',
      giftName: 'Набор посуды',
      quantity: 1,
      declaredValue: 4500,
    });
    expect(r.success).toBe(true);
  });
  it('names the missing and the wrong fields in Russian, and rejects unknown ones', () => {
    const r = journalDataSchema(gift).safeParse({
      receivedOn: '2024-02-30',
      giftName: '',
      quantity: -1,
      colour: 'red',
    });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages.some((m) => m.startsWith('receivedOn') && m.includes('несуществующая дата'))).toBe(true);
    expect(messages.some((m) => m.startsWith('giftName') && m.includes('обязательное поле'))).toBe(true);
    expect(messages.some((m) => m.startsWith('eventName'))).toBe(true);
    expect(messages.some((m) => m.startsWith('quantity') && m.includes('не меньше 0'))).toBe(true);
    expect(r.error!.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
  it('lets processing fields wait until the workflow needs them', () => {
    expect(
      journalDataSchema(gift).safeParse({ receivedOn: '2024-05-06', eventName: 'x', giftName: 'y', quantity: 1 })
        .success,
    ).toBe(true);
    expect(journalDataSchema(gift, { partial: true }).safeParse({ handoverAct: 'Акт № 3 от 08.05.2024' }).success).toBe(
      true,
    );
  });
});
