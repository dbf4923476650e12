import { Prisma } from "../../src/generated/prisma/client";
import type { PrismaClient } from "../../src/shared/database/prisma";
import { createPrismaClient, poolOf, queryPrepared } from "../../src/shared/database/prisma";
import { startEmbeddedProcess } from "../support/database";

/**
 * The embedded PGlite is one session behind its socket server: it outlives the pooled connection
 * that prepared a statement. When the pool replaces that connection (idle timeout, an error), a
 * statement prepared by name would still exist for the next one, and preparing it again fails
 * (42P05, "prepared statement already exists") — every signed-in request then failed with a 500
 * until restart. The embedded pool sends its statements unnamed, and keeps its connection.
 */
describe("statements on the embedded database", () => {
  // PGlite runs in a child process (it cannot load inside jest's module sandbox), as on the fallback path.
  let embedded: { url: string; stop(): Promise<void> };
  const clients: PrismaClient[] = [];

  beforeAll(async () => {
    embedded = await startEmbeddedProcess();
  });
  afterAll(async () => {
    for (const client of clients) await client.$disconnect();
    await embedded.stop();
  });

  const STATEMENT = Prisma.sql`SELECT ${41}::int + 1 AS answer`;

  async function acrossAReplacedConnection(options: { embedded?: boolean }) {
    const prisma = createPrismaClient(embedded.url, { poolSize: 1, ...options });
    clients.push(prisma);
    expect(await queryPrepared(prisma, STATEMENT)).toEqual([{ answer: 42 }]);
    // The pool drops its connection (as its idle timeout does) and opens another to the same session.
    const connection = await poolOf(prisma)!.connect();
    connection.release(true);
    return queryPrepared(prisma, STATEMENT);
  }

  it("keeps working when the pool replaces its connection", async () => {
    await expect(acrossAReplacedConnection({ embedded: true })).resolves.toEqual([{ answer: 42 }]);
  });

  it("would fail with named statements, which is why they are not used there", async () => {
    await expect(acrossAReplacedConnection({})).rejects.toMatchObject({ code: "42P05" });
  });
});
