import { describe, expect, it } from 'vitest';
import { normaliseEmail, splitEmails } from './email';

describe('normaliseEmail', () => {
  it('ignores case, spaces and mailto:', () => {
    expect(normaliseEmail(' mailto:Ivanov.I@Mail.RU ')?.address).toBe('ivanov.i@mail.ru');
  });

  it('collapses Yandex domain aliases and Gmail dots', () => {
    expect(normaliseEmail('ivan.petrov@ya.ru')?.address).toBe(normaliseEmail('ivan-petrov@yandex.ru')?.address);
    expect(normaliseEmail('i.van.ov+tenders@gmail.com')?.address).toBe('ivanov@gmail.com');
  });

  it('keeps different mail.ru domains apart (list.ru, bk.ru are separate mailboxes)', () => {
    expect(normaliseEmail('ivanov@list.ru')?.address).not.toBe(normaliseEmail('ivanov@mail.ru')?.address);
  });

  it('rejects non-addresses and splits lists', () => {
    expect(normaliseEmail('нет')).toBeUndefined();
    expect(splitEmails('a@b.ru; c@d.ru')).toEqual(['a@b.ru', 'c@d.ru']);
  });
});
