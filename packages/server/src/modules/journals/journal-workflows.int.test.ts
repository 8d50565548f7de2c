/**
 * Every journal, end to end through HTTP: register with its form fields, walk the workflow to a final
 * status (each step filling what it requires), try a forbidden transition (409), and check a deadline
 * counted across a holiday against dates read off the official production calendar.
 */
import { type FieldDef, type JournalDefinition, journalDefinitions } from '@antikor/core';
import { describe, expect, it } from 'vitest';
import { createTestOrg } from '../../test/test-app.js';

function sample(f: FieldDef): unknown {
  switch (f.type) {
    case 'text':
    case 'textarea':
      return `Тестовое значение: ${f.label.slice(0, 40)}`;
    case 'date':
      return '2024-03-01';
    case 'datetime':
      return '2024-03-01T10:00:00.000Z';
    case 'integer':
      return 3;
    case 'money':
      return 4500;
    case 'boolean':
      return true;
    case 'select':
      return f.options![0].value;
    case 'inn':
      return '7707083893';
  }
}

const requiredData = (def: JournalDefinition) =>
  Object.fromEntries(
    def.fields
      .filter((f) => f.required && (f.stage ?? 'registration') === 'registration')
      .map((f) => [f.key, sample(f)]),
  );

/** Known deadlines across holidays, computed by hand from the production calendar. */
const holidayCases: Record<
  string,
  { data: Record<string, unknown>; registeredOn?: string; deadline: string; due: string }
> = {
  // Registered 25.12.2024; 7 working days: 26, 27, 28 (working Saturday), then 09.01–14.01.2025 after the New Year holidays.
  'coi-notice': { data: {}, registeredOn: '2024-12-25', deadline: 'conclusion', due: '2025-01-14' },
  // Work from 20.05.2024; notice 10 working days before, counting back over 09–10.05.
  'outside-work-notice': { data: { workStart: '2024-05-20' }, deadline: 'notice_before_start', due: '2024-05-02' },
  // Gift received 06.05.2024: 07.05, 08.05, 13.05 (09–10.05 off).
  'gift-notice': { data: { receivedOn: '2024-05-06' }, deadline: 'notice', due: '2024-05-13' },
  // Approached 11.06.2024; one working day, 12.06 is Russia Day.
  'inducement-notice': { data: { approachedAt: '2024-06-11T08:00:00.000Z' }, deadline: 'notice', due: '2024-06-13' },
  // Contract of 25.12.2024 + 10 calendar days = 04.01.2025, a holiday → the next working day 09.01.2025.
  'ex-employee-notice': { data: { contractDate: '2024-12-25' }, deadline: 'employer_notice', due: '2025-01-09' },
  // Decision in force 08.04.2024 + 1 month = 08.05.2024 (a shortened working day).
  'court-case': { data: { inForceOn: '2024-04-08' }, deadline: 'court_report', due: '2024-05-08' },
};

describe.each(journalDefinitions.map((d) => [d.code, d] as const))('journal %s', (_code, def) => {
  it('registers, walks the workflow to a final status, and refuses a forbidden transition with 409', async () => {
    const t = await createTestOrg();
    const officer = await t.as('anticorruption_officer');
    const subject =
      def.subject === 'employee' || def.subject === 'employee_or_party'
        ? { employeeId: t.empA.id }
        : def.subject === 'party'
          ? { party: 'Иванов Иван Иванович' }
          : {};
    const hc = holidayCases[def.code];
    const res = await officer.post(`/api/journals/${def.code}/entries`, {
      ...subject,
      data: { ...requiredData(def), ...(hc?.data ?? {}) },
      registeredOn: hc?.registeredOn ?? '2024-03-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    let entry = res.json();
    expect(entry.regNumber).toMatch(/^\d+\/20\d\d$/);
    expect(entry.status).toBe(def.initialStatus);
    if (hc) {
      const dl = entry.deadlines.find((d: { code: string }) => d.code === hc.deadline);
      expect(dl, `deadline ${hc.deadline}`).toBeDefined();
      expect(dl.dueDate).toBe(hc.due);
      expect(dl.basis.length).toBeGreaterThan(3);
    }
    // A transition that is not allowed from the current status is a conflict, and changes nothing.
    const forbidden = def.transitions.find((x) => !x.from.includes(entry.status));
    if (forbidden) {
      const r = await officer.post(`/api/journal-entries/${entry.id}/transitions`, {
        action: forbidden.action,
        data: Object.fromEntries(
          (forbidden.requires ?? []).map((k) => [k, sample(def.fields.find((f) => f.key === k)!)]),
        ),
      });
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe('INVALID_TRANSITION');
      expect((await officer.get(`/api/journal-entries/${entry.id}`)).json().status).toBe(def.initialStatus);
    }
    // Walk the workflow: prefer the longest path through statuses not yet visited, so every step runs once.
    const isFinal = (s: string) => def.statuses.find((x) => x.code === s)?.isFinal;
    const visited = new Set([entry.status]);
    for (let step = 0; step < 10 && !isFinal(entry.status); step++) {
      type Action = { action: string; to: string; requires: string[] };
      const actions = entry.actions as Action[];
      const action =
        actions.find((a) => !visited.has(a.to) && !isFinal(a.to)) ?? actions.find((a) => isFinal(a.to)) ?? actions[0];
      visited.add(action?.to);
      expect(action, `no action from ${entry.status}`).toBeDefined();
      const missing = action.requires.filter((k: string) => entry.data[k] === undefined);
      if (missing.length) {
        // A step without the fields it requires is refused, naming each field.
        const without = await officer.post(`/api/journal-entries/${entry.id}/transitions`, { action: action.action });
        expect(without.statusCode).toBe(400);
        expect(without.json().details.map((d: { field: string }) => d.field)).toEqual(missing);
      }
      const data = Object.fromEntries(
        action.requires.map((k: string) => [k, sample(def.fields.find((f) => f.key === k)!)]),
      );
      const moved = await officer.post(`/api/journal-entries/${entry.id}/transitions`, {
        action: action.action,
        data,
        comment: 'шаг теста',
      });
      expect(moved.statusCode, moved.body).toBe(200);
      entry = moved.json();
      expect(entry.status).toBe(action.to);
    }
    expect(isFinal(entry.status)).toBe(true);
    const history = (await officer.get(`/api/journal-entries/${entry.id}/history`)).json();
    expect(history.items.some((h: { type: string }) => h.type === 'journal.registered')).toBe(true);
    expect(history.items.some((h: { type: string }) => h.type === 'journal.transitioned')).toBe(true);
    // Closed entries are not edited.
    const edit = await officer.patch(`/api/journal-entries/${entry.id}`, { data: {} });
    expect(edit.statusCode).toBe(409);
  });
});
