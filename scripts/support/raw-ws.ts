import { randomBytes } from "node:crypto";
import net from "node:net";
import WebSocket from "ws";

/**
 * A WebSocket client at the frame level, for attacks a well-behaved client library would not
 * send: it upgrades a TCP connection to the graphql-transport-ws protocol, then writes a text
 * frame whose header announces `length` bytes, streaming the payload in small chunks (so the
 * attacker itself holds almost nothing in memory). Resolves with the close code the server sent,
 * or null if it kept reading.
 */
export function sendOversizedFrame(url: string, length: number): Promise<{ closeCode: number | null; sent: number }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let upgraded = false;
    let sent = 0;
    let buffer = Buffer.alloc(0);
    let finished = false;
    const finish = (closeCode: number | null) => {
      if (finished) return;
      finished = true;
      socket.destroy();
      resolve({ closeCode, sent });
    };
    socket.on("error", (error) => (upgraded ? finish(null) : reject(error)));
    socket.on("close", () => finish(null));
    socket.on("connect", () => {
      socket.write(
        `GET ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\n` +
          "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n",
      );
    });
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (!upgraded) {
        const end = buffer.indexOf("\r\n\r\n");
        if (end === -1) return;
        const head = buffer.subarray(0, end).toString();
        if (!head.startsWith("HTTP/1.1 101")) return reject(new Error(`upgrade refused: ${head.split("\r\n")[0]}`));
        upgraded = true;
        buffer = buffer.subarray(end + 4);
        stream();
      }
      // A close frame from the server: opcode 0x8, then (unmasked) a two-byte code.
      if (buffer.length >= 4 && (buffer[0]! & 0x0f) === 0x8) finish(buffer.readUInt16BE(2));
    });
    function stream() {
      const header = Buffer.alloc(14);
      header[0] = 0x81; // FIN, text frame
      header[1] = 0x80 | 127; // masked, 64-bit length follows
      header.writeBigUInt64BE(BigInt(length), 2);
      randomBytes(4).copy(header, 10);
      socket.write(header);
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!finished && sent < length) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once("drain", pump);
        }
      };
      pump();
    }
  });
}

export interface ManySubscriptions {
  /** The payloads of the `error` messages received, one per refused subscription. */
  errors: unknown[][];
  /** Resolves when `count` refusals have arrived, or after `ms`. */
  until(count: number, ms: number): Promise<void>;
  close(): void;
}

/**
 * Opens one graphql-transport-ws connection, waits for its acknowledgement, and sends `count`
 * subscribe messages for `query` on it.
 */
export async function subscribeMany(url: string, query: string, count: number): Promise<ManySubscriptions> {
  const socket = new WebSocket(url.replace(/^http/, "ws"), "graphql-transport-ws");
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  const errors: unknown[][] = [];
  let acknowledged: () => void = () => undefined;
  const ack = new Promise<void>((resolve) => (acknowledged = resolve));
  let wake: () => void = () => undefined;
  socket.on("message", (data) => {
    const message = JSON.parse(data.toString()) as { type: string; payload?: unknown[] };
    if (message.type === "connection_ack") acknowledged();
    if (message.type === "error") {
      errors.push(message.payload ?? []);
      wake();
    }
  });
  socket.send(JSON.stringify({ type: "connection_init", payload: {} }));
  await ack;
  for (let i = 0; i < count; i++) socket.send(JSON.stringify({ id: String(i), type: "subscribe", payload: { query } }));
  return {
    errors,
    async until(n, ms) {
      const deadline = Date.now() + ms;
      while (errors.length < n && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
    },
    close: () => socket.close(),
  };
}
