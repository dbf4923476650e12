import type pg from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * At most this many distinct operation names get a label of their own; later new names count
 * as "other". Names come from clients, and every label value is a time series Prometheus keeps.
 */
export const MAX_OPERATION_NAMES = 100;

/** A GraphQL name (the spec's Name production), short enough to be a label. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
/** An error code as the catalogue spells them (shared/errors.ts); anything else is "OTHER". */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{0,47}$/;
/** The routes measured by name; every other path is "other", so that a scan adds no series. */
const ROUTES = ["/graphql", "/export", "/healthz", "/readyz", "/metrics"];

export interface MetricsSources {
  /** The database pool (absent for a client without one). */
  pool?: pg.Pool;
  /** Subscriptions open now. */
  openSubscriptions: () => number;
}

/**
 * The server's Prometheus metrics (prom-client), one registry per HTTP server: request
 * durations per route and per GraphQL operation, errors per code, the database pool, open
 * subscriptions, and prom-client's default process metrics (CPU, memory, event loop, GC).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly httpDuration: Histogram<"method" | "route" | "status">;
  private readonly operationDuration: Histogram<"operation" | "type">;
  private readonly errors: Counter<"code">;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: "claimgraph_http_request_duration_seconds",
      help: "HTTP requests by method, route (/graphql, /export, /healthz, /readyz, /metrics or other) and status.",
      labelNames: ["method", "route", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers,
    });
    this.operationDuration = new Histogram({
      name: "claimgraph_graphql_operation_duration_seconds",
      help:
        "GraphQL operations over HTTP by operation name and type. Unnamed operations are 'anonymous', " +
        `requests with no valid operation 'unknown', names beyond the first ${MAX_OPERATION_NAMES} 'other'.`,
      labelNames: ["operation", "type"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15],
      registers,
    });
    this.errors = new Counter({
      name: "claimgraph_graphql_errors_total",
      help: "Errors returned to GraphQL clients over HTTP, by extensions.code.",
      labelNames: ["code"],
      registers,
    });
    const { pool } = sources;
    if (pool) {
      const poolGauge = (name: string, help: string, read: (pool: pg.Pool) => number) =>
        new Gauge({
          name,
          help,
          registers,
          collect() {
            this.set(read(pool));
          },
        });
      poolGauge("claimgraph_db_pool_connections", "Connections the database pool holds open.", (p) => p.totalCount);
      poolGauge("claimgraph_db_pool_idle_connections", "Open pool connections not in use.", (p) => p.idleCount);
      poolGauge("claimgraph_db_pool_waiting_clients", "Queries waiting for a pool connection.", (p) => p.waitingCount);
      poolGauge("claimgraph_db_pool_max_connections", "The pool's size limit.", (p) => p.options.max ?? 10);
    }
    new Gauge({
      name: "claimgraph_subscriptions_open",
      help: "GraphQL subscriptions open over WebSocket.",
      registers,
      collect() {
        this.set(sources.openSubscriptions());
      },
    });
  }

  /** One HTTP request: `path` is reduced to a fixed set of routes. */
  observeRequest(method: string, path: string, status: number, seconds: number): void {
    const route = ROUTES.find((prefix) => path === prefix || path.startsWith(`${prefix}/`)) ?? "other";
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }

  /** One GraphQL operation over HTTP; `name` null means the operation had none. */
  observeOperation(name: string | null | undefined, type: string | null | undefined, seconds: number): void {
    this.operationDuration.observe({ operation: this.operationLabel(name, type), type: type ?? "unknown" }, seconds);
  }

  countError(code: unknown): void {
    this.errors.inc({ code: typeof code === "string" && ERROR_CODE.test(code) ? code : "OTHER" });
  }

  /**
   * The label for an operation: its name while fewer than MAX_OPERATION_NAMES names have been
   * seen (only operations that resolved count: `type` known), else "other".
   */
  private operationLabel(name: string | null | undefined, type: string | null | undefined): string {
    if (!type) return "unknown";
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES) return "other";
    this.names.add(name);
    return name;
  }

  /** The text exposition format, and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
