/**
 * A once-a-day job at a local hour (the organisation's time zone). Checked every minute; remembers the last
 * day it ran, so a restart within the hour does not send twice in the same process, and a missed minute
 * (a busy event loop) does not skip the day.
 */
export function scheduleDaily(opts: {
  hour: number;
  timeZone: string;
  run: () => Promise<void>;
  onError: (err: unknown) => void;
}): () => void {
  let lastDay = '';
  const tick = () => {
    const now = new Date();
    const parts = new Intl.DateTimeFormat('sv-SE', {
      timeZone: opts.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
    const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
    const day = `${get('year')}-${get('month')}-${get('day')}`;
    if (Number(get('hour')) >= opts.hour && day !== lastDay) {
      lastDay = day;
      opts.run().catch(opts.onError);
    }
  };
  const timer = setInterval(tick, 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
