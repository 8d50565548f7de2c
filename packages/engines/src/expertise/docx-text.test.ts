import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText } from './docx-text.js';
import { scanDraft } from './scan-draft.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text: string, num?: { id: number; lvl: number }) =>
  `<w:p>${num ? `<w:pPr><w:numPr><w:ilvl w:val="${num.lvl}"/><w:numId w:val="${num.id}"/></w:numPr></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

// A DOCX whose пункты «2.1.», «2.2.» and подпункты «а)» come from Word's automatic numbering.
async function sampleDocx(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    'word/numbering.xml',
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">` +
      '<w:lvl w:ilvl="0"><w:start w:val="2"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>' +
      '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%3)"/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
  );
  zip.file(
    'word/document.xml',
    `<w:document ${W}><w:body>` +
      para('Стандарт предоставления услуги', { id: 1, lvl: 0 }) +
      para('Срок предоставления услуги составляет 10 рабочих дней.', { id: 1, lvl: 1 }) +
      para('Администрация вправе отказать в выдаче разрешения.', { id: 1, lvl: 1 }) +
      para('при отсутствии документов;', { id: 1, lvl: 2 }) +
      para('Таблица:') +
      `<w:tbl><w:tr><w:tc>${para('ячейка с текстом')}</w:tc></w:tr></w:tbl>` +
      '</w:body></w:document>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('docxToText', () => {
  it('keeps paragraphs and renders automatic numbering', async () => {
    const text = await docxToText(await sampleDocx());
    expect(text.split('\n')).toEqual([
      '2. Стандарт предоставления услуги',
      '2.1. Срок предоставления услуги составляет 10 рабочих дней.',
      '2.2. Администрация вправе отказать в выдаче разрешения.',
      'а) при отсутствии документов;',
      'Таблица:',
      'ячейка с текстом',
    ]);
  });

  it('lets findings name the numbered пункт', async () => {
    const text = await docxToText(await sampleDocx());
    const f = scanDraft(text).findings.find((x) => x.code === '3б');
    expect(f?.unit).toBe('пункт 2.2');
  });

  it('rejects an archive without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'x');
    await expect(docxToText(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/document\.xml/);
  });
});
