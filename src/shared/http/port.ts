import net from "node:net";

/** Why the server cannot listen where it is told to, in one line with what to do. */
export function listenErrorMessage(error: unknown, host: string, port: number): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "EADDRINUSE":
      return (
        `Port ${port} on ${host} is already in use (another Claimgraph, or another program, listens there). ` +
        `Stop that process, or start on another port: PORT=${port === 4000 ? 4001 : 4000} npm start.`
      );
    case "EACCES":
      return `Port ${port} on ${host} needs privileges this process does not have. Use a port above 1023 (PORT=4000).`;
    case "EADDRNOTAVAIL":
      return `HOST=${host} is not an address of this machine. Use 127.0.0.1, 0.0.0.0 (every interface) or one of its addresses.`;
    default:
      return null;
  }
}

/**
 * Fails fast, before the database is opened and migrated, when the HTTP port cannot be bound:
 * binds it once and lets go. (Another process could still take it in between; startHttpServer
 * reports that case with the same message.) Port 0 (any free port) is always free.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error) => reject(new Error(listenErrorMessage(error, host, port) ?? String(error))));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
