import type { Room } from './types.ts';

/** Facilities a room can have, as boolean fields of the room. */
export const FACILITIES = ['kitchen', 'prayerRoom', 'wheelchairAccessible', 'childcare', 'projector', 'wifi'] as const;
export type Facility = (typeof FACILITIES)[number];

/** The two levels of the social tariff (maatschappelijk tarief): one choice in the rooms finder. */
export const SOCIAL_TARIFFS = ['tarief-0', 'tarief-35'] as const;
/** The rooms finder's tariff choices: the social tariff (either level) or the full tariff. */
export const TARIFF_CHOICES = ['maatschappelijk', 'tarief-100'] as const;

/**
 * What is wrong with a number typed into a filter field whose model field has these limits (e.g. a room's
 * capacity: a whole number from 1 to 2,000), or null when it is fine or empty.
 */
export function numberProblem(value: string, limits: { min?: number; max?: number }): 'notInteger' | 'tooSmall' | 'tooLarge' | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  if (!Number.isInteger(n)) return 'notInteger';
  if (limits.min !== undefined && n < limits.min) return 'tooSmall';
  if (limits.max !== undefined && n > limits.max) return 'tooLarge';
  return null;
}

export interface RoomFilter {
  size?: string;
  minCapacity?: number;
  tariff?: string;
  wijk?: string;
  facilities?: Facility[];
}

/** Does a room (as data attributes: size, capacity, tariff, wijk slug, facilities) pass the filter? */
export function roomMatches(room: { size: string; capacity: number; tariff: string; wijk: string; facilities: string[] }, filter: RoomFilter): boolean {
  if (filter.size && room.size !== filter.size) return false;
  if (filter.minCapacity && room.capacity < filter.minCapacity) return false;
  if (filter.tariff === 'maatschappelijk' ? !(SOCIAL_TARIFFS as readonly string[]).includes(room.tariff) : filter.tariff && room.tariff !== filter.tariff)
    return false;
  if (filter.wijk && room.wijk !== filter.wijk) return false;
  return (filter.facilities ?? []).every((f) => room.facilities.includes(f));
}

/** The facilities a room has. */
export function facilitiesOf(room: Room): Facility[] {
  return FACILITIES.filter((f) => room[f]);
}
