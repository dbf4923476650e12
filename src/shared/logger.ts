import pino from "pino";

export type Logger = pino.Logger;

/** JSON logs on stdout, or on `destination` (tests read them from there). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = { level, base: { service: "claimgraph" } };
  return destination ? pino(options, destination) : pino(options);
}
