const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every table's primary key is a UUID; ids decoded from client input are checked with this first. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** Random numbers in [0, 1), from the operating system's generator, fetched 64 at a time. */
const pool = new Uint32Array(64);
let drawn = pool.length;
const secureRandom = () => {
  if (drawn === pool.length) {
    crypto.getRandomValues(pool);
    drawn = 0;
  }
  return pool[drawn++]! / 2 ** 32;
};

/**
 * A UUID version 7 (RFC 9562) for `time`, time-ordered like the ids Prisma's uuid(7) default
 * gives; its random bits come from `rng` (the corpus generator passes a seeded one).
 */
export function uuidV7(time: Date = new Date(), rng: () => number = secureRandom): string {
  const hex = (value: number, digits: number) => Math.floor(value).toString(16).padStart(digits, "0");
  const ms = time.getTime();
  const high = hex(ms / 2 ** 16, 8);
  const low = hex(ms % 2 ** 16, 4);
  const rand = () => hex(rng() * 2 ** 16, 4);
  const variant = hex(0x8000 | (rng() * 0x4000), 4);
  return `${high}-${low}-7${rand().slice(1)}-${variant}-${rand()}${rand()}${rand()}`;
}
