import { describe, expect, it } from 'vitest';
import { indicatorDefinitions } from './indicators.js';
import { renderNarrative, renderNarrativeParts, unknownIndicatorKeys } from './narrative.js';

describe('narratives with embedded indicators', () => {
  it('prints figures in the seed report style', () => {
    const text =
      'Суммарная начальная цена составила {{procurement.initialPrice}} тыс. руб. Экономия {{procurement.savings}} тыс. руб. ({{procurement.savingsPercent}}).';
    expect(
      renderNarrative(text, {
        'procurement.initialPrice': 228292.96,
        'procurement.savings': 17032.54,
        'procurement.savingsPercent': 7.46,
      }),
    ).toBe('Суммарная начальная цена составила 228292,96 тыс. руб. Экономия 17032,54 тыс. руб. (7,46%).');
    expect(
      renderNarrative('{{events.internationalDayDate}} проведен квиз', { 'events.internationalDayDate': '2024-11-21' }),
    ).toBe('21.11.2024 проведен квиз');
  });

  it('agrees the noun with the number (Russian plural)', () => {
    const text = 'поступило {{notices.outsideWork|уведомление|уведомления|уведомлений}}';
    expect(renderNarrative(text, { 'notices.outsideWork': 11 })).toBe('поступило 11 уведомлений');
    expect(renderNarrative(text, { 'notices.outsideWork': 33 })).toBe('поступило 33 уведомления');
    expect(renderNarrative(text, { 'notices.outsideWork': 21 })).toBe('поступило 21 уведомление');
    expect(renderNarrative(text, { 'notices.outsideWork': 112 })).toBe('поступило 112 уведомлений');
  });

  it('chooses the text for zero and for a figure', () => {
    const text =
      'За 2024 год {{notices.gifts?поступило # уведомлений о получении подарков:уведомлений о получении подарков не поступало}}.';
    expect(renderNarrative(text, { 'notices.gifts': 0 })).toBe(
      'За 2024 год уведомлений о получении подарков не поступало.',
    );
    expect(renderNarrative(text, { 'notices.gifts': 3 })).toBe(
      'За 2024 год поступило 3 уведомлений о получении подарков.',
    );
  });

  it('marks figures that have no value and finds unknown keys', () => {
    const parts = renderNarrativeParts('проведено {{commission.meetings}} заседаний', {});
    expect(parts[1]).toEqual({ kind: 'indicator', key: 'commission.meetings', text: '—', missing: true });
    expect(unknownIndicatorKeys('{{commission.meetings}} и {{commission.meeting}}')).toEqual(['commission.meeting']);
  });

  it('has unique keys, each with a title', () => {
    const keys = indicatorDefinitions.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of indicatorDefinitions) expect(d.title.length).toBeGreaterThan(5);
  });
});
