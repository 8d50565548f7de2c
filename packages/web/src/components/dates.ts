import dayjs, { type Dayjs } from 'dayjs';

/** 'YYYY-MM-DD' → '31.12.2024' (the way Russian documents write dates); empty for null. */
export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('DD.MM.YYYY') : '';
}

/** An ISO timestamp → '31.12.2024 14:05' in the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('DD.MM.YYYY HH:mm') : '';
}

/** A date picker's value → 'YYYY-MM-DD' (no time zone shift: only the calendar date is kept). */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** 'YYYY-MM-DD' → a date picker's value. */
export function fromIsoDate(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

/** The date format of every date picker in the app. */
export const datePickerFormat = 'DD.MM.YYYY';
