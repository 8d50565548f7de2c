import { describe, expect, it } from 'vitest';
import { FACTORS } from './catalogue.js';
import { scanDraft } from './scan-draft.js';

const DRAFT = [
  'Административный регламент предоставления муниципальной услуги «Выдача разрешения на проведение земляных работ»',
  '2. Стандарт предоставления муниципальной услуги',
  '2.3. Срок предоставления муниципальной услуги составляет 10 рабочих дней со дня регистрации заявления.',
  'Администрация вправе приостановить предоставление муниципальной услуги.',
  '2.6. К заявлению прилагаются:',
  '1) копия документа, удостоверяющего личность заявителя;',
  '2) иные документы по требованию специалиста.',
  '2.8. Основаниями для отказа являются:',
  'а) отсутствие документов, указанных в пункте 2.6;',
  'б) иные основания.',
].join('\n');

describe('scanDraft', () => {
  const { units, findings } = scanDraft(DRAFT);

  it('names the structural unit of each finding', () => {
    const byCode = (code: string) => findings.find((f) => f.code === code && f.score >= 0.5);
    expect(byCode('3б')?.unit).toBe('пункт 2.3, абзац 2');
    expect(byCode('4а')?.unit).toBe('подпункт 2 пункта 2.6');
    expect(byCode('4б')?.unit).toBe('подпункт «б» пункта 2.8');
  });

  it('gives spans whose text is the trigger, with an explanation and a suggestion', () => {
    for (const f of findings) {
      expect(DRAFT.slice(f.start, f.end)).toBe(f.trigger);
      expect(f.explanation).toContain('Методики');
      expect(f.suggestion).toBeTruthy();
      expect(f.score).toBeGreaterThanOrEqual(0.3);
      expect(f.score).toBeLessThanOrEqual(1);
    }
  });

  it('does not flag the well-drafted пункт 2.3 first абзац or подпункт 1', () => {
    const p23first = DRAFT.indexOf('Срок предоставления');
    const p26first = DRAFT.indexOf('копия документа');
    expect(findings.filter((f) => f.score >= 0.5 && (inLine(f.start, p23first) || inLine(f.start, p26first)))).toEqual(
      [],
    );
  });

  it('returns the units, starting with the whole document', () => {
    expect(units[0].kind).toBe('document');
    expect(units.map((u) => u.label)).toContain('пункт 2.8');
  });

  it('drops hints below minScore on request', () => {
    const strict = scanDraft(DRAFT, { minScore: 0.7 }).findings;
    expect(strict.every((f) => f.score >= 0.7)).toBe(true);
    expect(strict.length).toBeLessThan(findings.length);
  });

  it('has a catalogue entry for each of the twelve factors', () => {
    expect(FACTORS.map((f) => f.code)).toEqual([
      '3а',
      '3б',
      '3в',
      '3г',
      '3д',
      '3е',
      '3ж',
      '3з',
      '3и',
      '4а',
      '4б',
      '4в',
    ]);
    for (const f of FACTORS) expect(f.methodologyRef).toMatch(/пункта [34] Методики/);
  });
});

function inLine(pos: number, lineStart: number): boolean {
  const end = DRAFT.indexOf('\n', lineStart);
  return pos >= lineStart && pos < (end < 0 ? DRAFT.length : end);
}
