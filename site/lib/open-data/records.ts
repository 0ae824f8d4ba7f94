import type { Room } from '../types.ts';

/** A flat open-data record: HSDS and GeoJSON values are strings, numbers or booleans. */
export type Row = Record<string, string | number | boolean>;

/** Drops empty values: HSDS fields are typed, so an absent value is left out rather than written as null. */
export function compact(record: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Row;
}

/**
 * A room's size, price, facilities and booking details as open data: the same fields in the rooms
 * GeoJSON and the HSDS extension's mzo_rooms table. Facilities a room does not list count as absent.
 */
export function roomFacts(r: Room) {
  return {
    size_class: r.sizeClass,
    area_m2: r.areaM2,
    capacity: r.capacity,
    tariff: r.tariff,
    kitchen: r.kitchen ?? false,
    prayer_room: r.prayerRoom ?? false,
    wheelchair_accessible: r.wheelchairAccessible ?? false,
    childcare: r.childcare ?? false,
    projector: r.projector ?? false,
    wifi: r.wifi ?? false,
    booking_url: r.bookingUrl,
    booking_email: r.bookingEmail,
  };
}
