import type { Room } from './types.ts';

/** Facilities a room can have, as boolean fields of the room. */
export const FACILITIES = ['kitchen', 'prayerRoom', 'wheelchairAccessible', 'childcare', 'projector', 'wifi'] as const;
export type Facility = (typeof FACILITIES)[number];

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
  if (filter.tariff && room.tariff !== filter.tariff) return false;
  if (filter.wijk && room.wijk !== filter.wijk) return false;
  return (filter.facilities ?? []).every((f) => room.facilities.includes(f));
}

/** The facilities a room has. */
export function facilitiesOf(room: Room): Facility[] {
  return FACILITIES.filter((f) => room[f]);
}
