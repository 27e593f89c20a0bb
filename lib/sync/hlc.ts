/**
 * Hybrid logical clock stamps. Devices do not trust each other's wall clocks: a stamp is (wall ms, counter,
 * device), and a device's clock never goes back and always passes every stamp it has seen, so a change made after
 * seeing another one always sorts after it, whatever the two machines' clocks say.
 *
 * A stamp is one fixed-width string, `WWWWWWWWWWWWW.CCCCCC.device`, so that plain string order is stamp order
 * (and JSON keeps it compact).
 */

export type Stamp = string;

export interface Clock {
  /** Wall time (ms) of the last stamp this device made or saw. */
  wall: number;
  counter: number;
}

const WALL_DIGITS = 13;
const COUNTER_DIGITS = 6;
const STAMP = /^(\d{13})\.(\d{6})\.([a-z0-9]{1,64})$/;

export const ZERO_CLOCK: Clock = { wall: 0, counter: 0 };

export function formatStamp(wall: number, counter: number, device: string): Stamp {
  return `${String(wall).padStart(WALL_DIGITS, '0')}.${String(counter).padStart(COUNTER_DIGITS, '0')}.${device}`;
}

export function parseStamp(stamp: unknown): { wall: number; counter: number; device: string } | null {
  if (typeof stamp !== 'string') return null;
  const m = STAMP.exec(stamp);
  return m ? { wall: Number(m[1]), counter: Number(m[2]), device: m[3]! } : null;
}

export const isStamp = (value: unknown): value is Stamp => parseStamp(value) !== null;

/** Negative, zero or positive as `a` sorts before, with or after `b`: wall, then counter, then device id. */
export function compareStamps(a: Stamp, b: Stamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The clock after a local event at `eventTime` (ms), and the event's stamp. The event time may be in the past
 * (an edit noticed later): the stamp is still after everything the clock has seen.
 */
export function tick(clock: Clock, eventTime: number, device: string): { clock: Clock; stamp: Stamp } {
  const wall = Math.max(clock.wall, Math.floor(eventTime));
  const counter = wall === clock.wall ? clock.counter + 1 : 0;
  // A counter that would overflow its digits moves the wall on by one millisecond instead.
  const next = counter >= 10 ** COUNTER_DIGITS ? { wall: wall + 1, counter: 0 } : { wall, counter };
  return { clock: next, stamp: formatStamp(next.wall, next.counter, device) };
}

/** The clock after seeing a stamp from elsewhere: never behind it, so later local events sort after it. */
export function receive(clock: Clock, stamp: Stamp): Clock {
  const seen = parseStamp(stamp);
  if (!seen) return clock;
  if (seen.wall > clock.wall || (seen.wall === clock.wall && seen.counter > clock.counter)) {
    return { wall: seen.wall, counter: seen.counter };
  }
  return clock;
}
