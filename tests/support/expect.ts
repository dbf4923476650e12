import { DomainError } from "../../src/shared/errors";
import type { GraphQLResult } from "./graphql";

/** The `extensions.code` of each error of a response. */
export const errorCodes = (result: GraphQLResult): unknown[] => (result.errors ?? []).map((e) => e.extensions?.code);

/** Runs `fn`, expects it to throw a DomainError with `code` (and `field`), and returns it. */
export function expectDomainError(fn: () => unknown, code: string, field?: string[]): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  if (field) expect(error.field).toEqual(field);
  return error;
}

/** The speakers of the seed article's four quotes, in text order. */
export const SEED_QUOTE_SPEAKERS = [
  "US State Department",
  "US State Department",
  "US State Department",
  "Libyan National Army",
];
