import { describe, expect, it } from 'vitest';
import { segmentText } from './text-segments';

describe('segmentText', () => {
  it('cuts the text where findings start and end, keeping overlaps', () => {
    const segs = segmentText(20, [
      { id: 'a', start: 2, end: 8 },
      { id: 'b', start: 5, end: 12 },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.ids.join('+')])).toEqual([
      [0, 2, ''],
      [2, 5, 'a'],
      [5, 8, 'a+b'],
      [8, 12, 'b'],
      [12, 20, ''],
    ]);
  });

  it('marks changed paragraphs and merges neighbours that look the same', () => {
    const segs = segmentText(10, [], [{ start: 3, end: 6 }]);
    expect(segs.map((s) => [s.start, s.end, s.isChanged])).toEqual([
      [0, 3, false],
      [3, 6, true],
      [6, 10, false],
    ]);
    expect(segmentText(5, [{ id: 'x', start: 0, end: 99 }])).toEqual([
      { start: 0, end: 5, ids: ['x'], isChanged: false },
    ]);
  });
});
