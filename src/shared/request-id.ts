import { randomUUID } from "node:crypto";

/** A caller's request id is kept (for tracing across services) only if it looks like one. */
export function requestIdOf(header: string | undefined): string {
  return header && /^[\w.:-]{1,64}$/.test(header) ? header : randomUUID();
}
