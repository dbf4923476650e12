import { AsyncLocalStorage } from "node:async_hooks";
import { DomainError, ErrorCode } from "./errors";

/**
 * The operation a piece of work belongs to, carried through every await by AsyncLocalStorage:
 * the database client (shared/database/prisma.ts) asks it before each statement, so that an
 * operation that ran out of time or whose client left sends no further SQL, wherever in the
 * resolvers, loaders or services that SQL would have come from.
 */
export interface OperationBudget {
  signal: AbortSignal;
  timeoutMs: number;
}

const current = new AsyncLocalStorage<OperationBudget>();

/** Runs `work` (and everything it awaits) under `budget`. */
export function withinBudget<T>(budget: OperationBudget, work: () => T): T {
  return current.run(budget, work);
}

/**
 * A budget that aborts after `timeoutMs` ("timeout"), or earlier through `abort()` ("client-left");
 * `onAbort` hears of either.
 */
export function startBudget(
  timeoutMs: number,
  onAbort: (reason: string) => void = () => undefined,
): OperationBudget & { abort(reason: string): void; end(): void } {
  const controller = new AbortController();
  const abort = (reason: string) => {
    clearTimeout(timer);
    if (controller.signal.aborted) return;
    controller.abort(reason);
    onAbort(reason);
  };
  const timer = setTimeout(() => abort("timeout"), timeoutMs);
  timer.unref();
  return { signal: controller.signal, timeoutMs, abort, end: () => clearTimeout(timer) };
}

/** Throws EXECUTION_TIMEOUT when the current operation (if any) has been stopped. */
export function assertWithinBudget(): void {
  const budget = current.getStore();
  if (budget?.signal.aborted) throw budgetExceeded(budget);
}

export function budgetExceeded(budget: OperationBudget): DomainError {
  const left = budget.signal.reason === "client-left";
  return new DomainError(
    ErrorCode.EXECUTION_TIMEOUT,
    left
      ? "The client closed the connection; the operation was stopped."
      : `The operation took longer than ${budget.timeoutMs} ms and was stopped.`,
    { limit: budget.timeoutMs },
  );
}
