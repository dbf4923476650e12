import net from "node:net";

/**
 * A PostgreSQL wire-protocol proxy that counts what passes: statements (simple-protocol Query
 * and extended-protocol Execute messages from the client), rows (DataRow messages from the
 * server) and the bytes the server sends. Every system under test connects through it during
 * the probe phase, so the three are counted the same way, whatever driver or ORM they use.
 *
 * Messages are framed as the protocol defines them (https://www.postgresql.org/docs/current/protocol-message-formats.html):
 * a type byte and a 32-bit length that counts itself, except the client's first message
 * (startup, SSL or GSS request), which has no type byte.
 */
export interface WireCounts {
  statements: number;
  rows: number;
  bytes: number;
}

export interface WireProxy {
  port: number;
  counts: WireCounts;
  reset(): void;
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Splits a byte stream into protocol messages, calling `message(type, length)` for each. */
function framer(untypedFirst: boolean, message: (type: number, length: number) => void) {
  let pending: Buffer = Buffer.alloc(0);
  let untyped = untypedFirst;
  let rawBytes = 0; // a single-byte reply to an SSL/GSS request, outside the framing
  return {
    expectRawByte() {
      rawBytes++;
    },
    push(chunk: Buffer, onUntyped?: (code: number) => void) {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      let offset = 0;
      for (;;) {
        if (rawBytes > 0 && offset < pending.length) {
          rawBytes--;
          offset++;
          continue;
        }
        if (untyped) {
          if (pending.length - offset < 8) break;
          const length = pending.readInt32BE(offset);
          if (pending.length - offset < length) break;
          const code = pending.readInt32BE(offset + 4);
          onUntyped?.(code);
          // After an SSL or GSS request the client sends its startup message, again untyped.
          untyped = code === SSL_REQUEST || code === GSS_REQUEST;
          offset += length;
          continue;
        }
        if (pending.length - offset < 5) break;
        const length = pending.readInt32BE(offset + 1);
        if (pending.length - offset < length + 1) break;
        message(pending[offset]!, length + 1);
        offset += length + 1;
      }
      pending = pending.subarray(offset);
    },
  };
}

const QUERY = "Q".charCodeAt(0);
const EXECUTE = "E".charCodeAt(0);
const DATA_ROW = "D".charCodeAt(0);

export async function startWireProxy(upstream: { host: string; port: number }): Promise<WireProxy> {
  const counts: WireCounts = { statements: 0, rows: 0, bytes: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const database = net.connect(upstream.port, upstream.host);
    sockets.add(client).add(database);
    const fromServer = framer(false, (type) => {
      if (type === DATA_ROW) counts.rows++;
    });
    const fromClient = framer(true, (type) => {
      if (type === QUERY || type === EXECUTE) counts.statements++;
    });
    client.on("data", (chunk) => {
      fromClient.push(chunk, (code) => {
        if (code === SSL_REQUEST || code === GSS_REQUEST) fromServer.expectRawByte();
      });
      database.write(chunk);
    });
    database.on("data", (chunk) => {
      counts.bytes += chunk.length;
      fromServer.push(chunk);
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      database.destroy();
      sockets.delete(client);
      sockets.delete(database);
    };
    client.on("close", end).on("error", end);
    database.on("close", end).on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    counts,
    reset() {
      counts.statements = counts.rows = counts.bytes = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
