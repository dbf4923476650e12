import { Writable } from "node:stream";
import type { Logger } from "../../src/shared/logger";
import { createLogger } from "../../src/shared/logger";

export interface LogLine {
  level: number;
  msg?: string;
  code?: string;
  reason?: string;
  [key: string]: unknown;
}

/** A logger whose JSON lines a test reads: `lines` as written, `next()` resolves at the next one. */
export function captureLogs(level = "info"): { logger: Logger; lines: LogLine[]; next(): Promise<void> } {
  const lines: LogLine[] = [];
  let wake: () => void = () => undefined;
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as LogLine);
      wake();
      done();
    },
  });
  return {
    logger: createLogger(level, sink),
    lines,
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}
