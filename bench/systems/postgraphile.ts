// PostGraphile 5 needs Promise.withResolvers (Node 22); on Node 20 it is provided here, first.
import "../support/with-resolvers";
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { BENCH_SCHEMA } from "../support/bench-objects";

/**
 * PostGraphile 5 with its recommended preset (amber), over the benchmark's database: the
 * competitor users compare a GraphQL layer with. Two choices make its schema able to answer
 * the same questions as ours: ordering and conditions on every column (not only indexed ones,
 * so that counterparts come in `position` order), and the computed column in BENCH_SCHEMA
 * that lists an actor's published claims in text order (support/bench-objects.ts).
 */
async function main(): Promise<void> {
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    disablePlugins: ["PgIndexBehaviorsPlugin"],
    pgServices: [
      makePgService({
        connectionString: process.env.DATABASE_URL!,
        schemas: ["public", BENCH_SCHEMA],
        poolConfig: { max: 10 },
      }),
    ],
    grafserv: { port: Number(process.env.PORT), host: process.env.HOST ?? "127.0.0.1", graphiql: false },
  });
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
  const stop = async () => {
    server.close();
    await serv.release();
    await pgl.release();
    process.exit(0);
  };
  process.once("SIGTERM", stop).once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
