import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/production-calendar.js';
import { meetingSummaryLines, periodSummaryLines } from './anonymised-summary.js';
import { computeCaseDeadlines } from './case-deadlines.js';
import { allowedDecisions, commissionGrounds, findDecision, groundDefs } from './grounds.js';
import { checkQuorum, compositionWarnings, quorumRequired, tallyVotes } from './quorum.js';

describe('grounds and decisions (Указ № 821, п. 16, 22–27.1)', () => {
  it('every ground has its own decisions and «иное решение»', () => {
    for (const g of commissionGrounds) {
      const codes = allowedDecisions(g).map((d) => d.code);
      expect(codes.at(-1)).toBe('other');
      expect(new Set(codes).size).toBe(codes.length);
      expect(groundDefs[g].basis).toMatch(/Указ № 821/);
    }
  });
  it('a conflict-of-interest notification allows the three decisions of п. 25.3 and not the consent decisions', () => {
    expect(allowedDecisions('16b_5').map((d) => d.code)).toEqual([
      'no_conflict',
      'conflict_measures',
      'coi_breach_penalty',
      'other',
    ]);
    expect(findDecision('16b_5', 'consent_given')).toBeUndefined();
    expect(findDecision('16b_2', 'consent_refused')?.isBinding).toBe(true);
    expect(findDecision('16d', 'violation_prosecutor')?.informsProsecutor).toBe(true);
  });
});

describe('quorum and votes', () => {
  it('two thirds rounded up, configurable', () => {
    expect(quorumRequired(9)).toBe(6);
    expect(quorumRequired(7)).toBe(5);
    expect(quorumRequired(8, { numerator: 1, denominator: 2 })).toBe(4);
  });
  const members = [
    { id: 'c', role: 'chair' as const, isIndependent: false },
    { id: 'd', role: 'deputy_chair' as const, isIndependent: false },
    { id: 's', role: 'secretary' as const, isIndependent: false },
    { id: 'm1', role: 'member' as const, isIndependent: false },
    { id: 'm2', role: 'member' as const, isIndependent: false },
    { id: 'i1', role: 'member' as const, isIndependent: true },
  ];
  it('no quorum with 3 of 6; a meeting of in-house employees only is not allowed', () => {
    expect(checkQuorum(members, new Set(['c', 'd', 'i1'])).hasQuorum).toBe(false);
    const inHouse = checkQuorum(members, new Set(['c', 'd', 's', 'm1']));
    expect(inHouse.hasQuorum).toBe(true);
    expect(inHouse.hasOutsider).toBe(false);
    expect(inHouse.problems.join()).toMatch(/независимый/);
    expect(checkQuorum(members, new Set(['c', 'd', 's', 'i1'])).problems).toEqual([]);
  });
  it('warns when independent members are fewer than a quarter (п. 8)', () => {
    expect(compositionWarnings(members).join()).toMatch(/не менее четверти/);
    expect(compositionWarnings([...members, { id: 'i2', role: 'member', isIndependent: true }])).toEqual([]);
  });
  it('a simple majority of the members who may vote', () => {
    expect(tallyVotes(['for', 'for', 'against'], 3).isAdopted).toBe(true);
    expect(tallyVotes(['for', 'for', 'abstain', 'against'], 4).isAdopted).toBe(false);
    expect(tallyVotes([], 0).isAdopted).toBe(false);
  });
});

describe('case deadlines on the production calendar', () => {
  it('conflict-of-interest notification: conclusion in 7 working days, meeting in 20 days of the chair receiving it', () => {
    // Received Monday 06.05.2024: 9 and 10 May are holidays, so the 7th working day is 17.05.2024.
    const d = computeCaseDeadlines(
      defaultCalendar,
      { ground: '16b_5', receivedOn: '2024-05-06', chairReceivedOn: '2024-05-15', conclusionOn: '2024-05-15' },
      '2024-05-20',
    );
    const by = Object.fromEntries(d.map((x) => [x.code, x]));
    expect(by.conclusion).toMatchObject({
      dueDate: '2024-05-17',
      state: 'met',
      isLate: false,
      basis: 'Указ Президента РФ от 01.07.2010 № 821, п. 16.4',
    });
    expect(by.set_meeting_date.dueDate).toBe('2024-05-27'); // 25.05 is a Saturday → Monday
    expect(by.meeting).toMatchObject({ dueDate: '2024-06-04', state: 'open' });
    expect(by.meeting.explanation).toMatch(/20 календарных дней/);
  });
  it('45 days with requests, extended by 30', () => {
    const [c] = computeCaseDeadlines(
      defaultCalendar,
      { ground: '16b_5', receivedOn: '2024-03-01', requestsSent: true, reviewExtended: true },
      '2024-03-02',
    );
    expect(c.dueDate).toBe('2024-05-15');
  });
  it('spouse-income application received before 30 April: considered within a month after 30 April (п. 17.1)', () => {
    const d = computeCaseDeadlines(
      defaultCalendar,
      { ground: '16b_3', receivedOn: '2024-04-20', chairReceivedOn: '2024-04-20' },
      '2024-06-03',
    );
    expect(d.find((x) => x.code === 'meeting')).toMatchObject({ dueDate: '2024-05-30', state: 'overdue' });
  });
  it('employer message waits for the next meeting: no meeting term; after the meeting, copies in 7 days and the head in a month', () => {
    const d = computeCaseDeadlines(
      defaultCalendar,
      {
        ground: '16d',
        receivedOn: '2024-09-02',
        conclusionOn: '2024-09-05',
        chairReceivedOn: '2024-09-05',
        consideredOn: '2024-09-26',
        protocolSentOn: '2024-10-01',
        extractSentOn: '2024-10-01',
      },
      '2024-11-05',
    );
    expect(d.map((x) => x.code)).toEqual(['conclusion', 'protocol_copies', 'head_decision']);
    expect(d.find((x) => x.code === 'head_decision')).toMatchObject({ dueDate: '2024-11-01', state: 'overdue' });
  });
  it('consent appeal: 7 days to consider, written notice within a working day (273-ФЗ ст. 12 ч. 3)', () => {
    const d = computeCaseDeadlines(
      defaultCalendar,
      { ground: '16b_2', receivedOn: '2024-06-03', consideredOn: '2024-06-07' },
      '2024-06-07',
    );
    expect(d.find((x) => x.code === 'meeting')).toMatchObject({ dueDate: '2024-06-10', state: 'met' });
    expect(d.find((x) => x.code === 'consent_notice')?.dueDate).toBe('2024-06-10');
  });
  it('law enforcement within 3 days once the commission found signs of an offence (п. 36)', () => {
    const d = computeCaseDeadlines(
      defaultCalendar,
      {
        ground: '16a_2',
        receivedOn: '2024-06-03',
        chairReceivedOn: '2024-06-03',
        consideredOn: '2024-06-20',
        lawEnforcementNeeded: true,
      },
      '2024-06-21',
    );
    expect(d.find((x) => x.code === 'law_enforcement')?.dueDate).toBe('2024-06-24');
  });
  it('an organisation override replaces the federal term', () => {
    const d = computeCaseDeadlines(
      defaultCalendar,
      { ground: '16v', receivedOn: '2024-06-03', chairReceivedOn: '2024-06-03' },
      '2024-06-03',
      {
        'commission.meeting': {
          kind: 'calendar_days',
          amount: 30,
          shift: 'next',
          basis: 'Положение о комиссии, п. 12',
          description: '30 дней',
        },
      },
    );
    expect(d.find((x) => x.code === 'meeting')).toMatchObject({
      dueDate: '2024-07-03',
      basis: 'Положение о комиссии, п. 12',
    });
  });
});

describe('anonymised summary for the website', () => {
  it('names the kind of question and the decision only', () => {
    const lines = meetingSummaryLines({
      meetingDate: '2024-05-16',
      items: [
        { ground: '16b_3', decision: 'objective', outcome: 'decided' },
        { ground: '16b_5', decision: null, outcome: 'postponed' },
      ],
    });
    expect(lines[0]).toBe('16.05.2024 — заседание комиссии. Рассмотрено вопросов: 2.');
    expect(lines[1]).toMatch(
      /супруги .* решение: причина непредставления сведений является объективной и уважительной\.$/,
    );
    expect(lines[2]).toMatch(/рассмотрение отложено/);
    expect(periodSummaryLines([{ meetingDate: '2024-05-16', items: [] }], 0)[0]).toMatch(
      /^Проведено заседаний комиссии: 1;/,
    );
  });
});
