import { DomainError, ErrorCode } from "../errors";

/**
 * The one place where database failures that have a domain meaning become DomainErrors.
 * Everything else stays unknown and is masked as INTERNAL_SERVER_ERROR by the server.
 */
export function mapDatabaseError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  // A DomainError raised below Prisma (the operation budget) may come back wrapped.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof DomainError) return cause;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2002") {
    const fields = uniqueFields(error);
    return new DomainError(
      ErrorCode.ALREADY_EXISTS,
      fields.length
        ? `Another record already has this ${fields.join(", ")}.`
        : "A record with these values already exists.",
      { field: fields.length ? ["input", ...fields] : undefined },
    );
  }
  if (code === "P2025") return new DomainError(ErrorCode.NOT_FOUND, "The record to change no longer exists.");
  if (code === "P2028") {
    // The pool had no connection for a transaction in time: load, not a bug.
    return new DomainError(ErrorCode.SERVICE_BUSY, "The server is busy; nothing was written. Retry shortly.");
  }
  const state = sqlState(error);
  if (code === "P2034" || state === "40001" || state === "40P01") {
    return new DomainError(ErrorCode.CONFLICT, "Another change was made at the same time; reload and try again.");
  }
  if (code === "P2003" || state === "23503") {
    return new DomainError(ErrorCode.NOT_FOUND, "A record this refers to does not exist (any more).");
  }
  // Values the database cannot take, which edge validation let through: too long, out of
  // range, malformed, too large to index. The input is at fault, not the server.
  if (code === "P2029") {
    return new DomainError(ErrorCode.BAD_USER_INPUT, "The query would need more parameters than the database accepts.");
  }
  if (code === "P2000" || code === "P2020" || code === "P2033" || state?.startsWith("22") || state === "54000") {
    return new DomainError(ErrorCode.BAD_USER_INPUT, "A value is too long, too large or malformed for storage.");
  }
  if (state === "23514" || state === "23502") {
    return new DomainError(ErrorCode.BAD_USER_INPUT, "A value breaks a rule of the data model.");
  }
  return null;
}

/** The PostgreSQL SQLSTATE behind an error: from pg itself, or carried inside a Prisma error. */
function sqlState(error: unknown): string | undefined {
  const candidates = [
    (error as { code?: unknown } | null)?.code,
    (error as { meta?: { code?: unknown } } | null)?.meta?.code,
    (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta
      ?.driverAdapterError?.cause?.originalCode,
    (error as { cause?: { originalCode?: unknown } } | null)?.cause?.originalCode,
  ];
  const state = candidates.find((value) => typeof value === "string" && /^[0-9][0-9A-Z]{4}$/.test(value));
  return state as string | undefined;
}

function uniqueFields(error: unknown): string[] {
  const meta = (error as { meta?: Record<string, unknown> }).meta ?? {};
  if (Array.isArray(meta.target)) return meta.target.map(String);
  const cause = (
    meta.driverAdapterError as
      { cause?: { table?: string; constraint?: { fields?: unknown[]; index?: string } } } | undefined
  )?.cause;
  let columns = (cause?.constraint?.fields ?? []).map((field) => String(field).replace(/"/g, ""));
  // PostgreSQL names the violated constraint, so the pg adapter reports only its index name;
  // Prisma names a unique index <table>_<column>_key.
  const index = cause?.constraint?.index;
  if (!columns.length && index && cause?.table && index.startsWith(`${cause.table}_`) && index.endsWith("_key")) {
    columns = [index.slice(cause.table.length + 1, -"_key".length)];
  }
  // Columns are snake_case; inputs name the camelCase model field.
  return columns.map((column) => column.replace(/_([a-z0-9])/g, (_match, c: string) => c.toUpperCase()));
}
