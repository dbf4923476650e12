const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every table's primary key is a UUID; ids decoded from client input are checked with this first. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
