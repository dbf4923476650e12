import { mkdir } from "node:fs/promises";
import { messages, PGlite, protocol } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * The embedded default: PGlite (PostgreSQL compiled to WebAssembly, in this process) served
 * over the PostgreSQL wire protocol on a loopback port, so that the application talks to it
 * through the same `pg` driver and Prisma adapter as to a real server. One PGlite instance is
 * one multiplexed connection: right for a first run, demos and tests, not for production.
 */
export interface EmbeddedPostgres {
  url: string;
  /**
   * Calls `handler` with the payload of every NOTIFY on `channel` (one of those passed to
   * startEmbeddedPostgres), after its transaction commits, whichever connection sent it.
   */
  onNotification(channel: string, handler: (payload: string) => void): () => void;
  stop(): Promise<void>;
}

type Handler = (payload: string) => void;

/**
 * Why notifications need a tap here: PGlite is a single PostgreSQL session shared by every
 * socket connection, and its socket server passes each connection's raw protocol output
 * straight back to that connection (execProtocolRawStream), bypassing PGlite's own parser and
 * thus its `listen` callbacks. A NOTIFY committed through one connection therefore comes out,
 * as a NotificationResponse message, only in the output stream of the connection that
 * committed it, never to a LISTEN on another. The tap parses each output stream with PGlite's
 * own protocol parser and hands NotificationResponse messages to in-process handlers, while
 * the bytes go on to the socket unchanged.
 */
function tapNotifications(db: PGlite, dispatch: (channel: string, payload: string) => void): PGlite {
  return new Proxy(db, {
    get(target, key) {
      if (key === "execProtocolRawStream") {
        return (message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }) => {
          // One parser per call: it is stateful, and a message may span output chunks.
          const parser = new protocol.Parser();
          return target.execProtocolRawStream(message, {
            ...options,
            onRawData: (data: Uint8Array) => {
              parser.parse(data, (parsed) => {
                if (parsed instanceof messages.NotificationResponseMessage) {
                  queueMicrotask(() => dispatch(parsed.channel, parsed.payload));
                }
              });
              options.onRawData(data);
            },
          });
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number; channels?: string[] } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  // Contrib extensions the migrations create must be loaded into PGlite first.
  const db = await PGlite.create({ ...(options.dataDir ? { dataDir: options.dataDir } : {}), extensions: { pg_trgm } });
  const handlers = new Map<string, Set<Handler>>();
  const dispatch = (channel: string, payload: string) => {
    for (const handler of handlers.get(channel) ?? []) handler(payload);
  };
  // The session must LISTEN for PostgreSQL to emit notifications at all. Done before the socket
  // server starts, so that no client's open transaction can swallow it. The in-process listener
  // also hears NOTIFYs sent in-process (none of ours are: everything goes through the socket).
  for (const channel of options.channels ?? []) await db.listen(channel, (payload) => dispatch(channel, payload));
  const server = new PGLiteSocketServer({
    db: tapNotifications(db, dispatch),
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 10,
  });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    onNotification(channel, handler) {
      if (!options.channels?.includes(channel)) throw new Error(`the embedded database does not LISTEN on ${channel}`);
      const set = handlers.get(channel) ?? new Set<Handler>();
      handlers.set(channel, set.add(handler));
      return () => void set.delete(handler);
    },
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
