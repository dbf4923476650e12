import { GraphQLError, GraphQLScalarType } from "graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { EARLIEST_DATE, isDateInRange, LATEST_DATE } from "../dates";

/**
 * The DateTime scalar (RFC 3339 / ISO 8601 strings, as graphql-scalars' DateTimeISO), bounded to
 * the years 1 to 9999 so that every accepted value can be stored and compared in PostgreSQL.
 * Values out of range are refused during input coercion: BAD_USER_INPUT for variables,
 * GRAPHQL_VALIDATION_FAILED for literals in the document.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTimeISO",
  description:
    "A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard; years 0001 to 9999.",
  specifiedByURL: "https://scalars.graphql.org/chillicream/date-time.html",
  serialize: (value) => GraphQLDateTimeISO.serialize(value) as string,
  parseValue: (value) => bounded(GraphQLDateTimeISO.parseValue(value) as Date),
  parseLiteral: (ast) => bounded(GraphQLDateTimeISO.parseLiteral(ast, {}) as Date),
});

function bounded(date: Date): Date {
  if (!isDateInRange(date)) {
    throw new GraphQLError(
      `DateTimeISO must lie between ${EARLIEST_DATE.toISOString()} and ${LATEST_DATE.toISOString()}.`,
    );
  }
  return date;
}
