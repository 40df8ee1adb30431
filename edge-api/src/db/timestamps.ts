import { customType, timestamp } from 'drizzle-orm/pg-core';

/** Server-side row metadata. */
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/**
 * A client-supplied instant. Stored as timestamptz (retention and date queries need real time) at
 * millisecond precision, and read back as `Date#toISOString()`, so the usual JavaScript form
 * survives the round trip unchanged; other valid offsets come back normalised to UTC.
 */
export const isoTimestamp = customType<{ data: string; driverData: string }>({
  dataType: () => 'timestamp (3) with time zone',
  fromDriver: (value) => new Date(value).toISOString(),
});
