import { createServer } from "node:http";
import pg from "pg";
import { SCENARIOS } from "../scenarios";

/**
 * The floor: what the hardware allows. For each scenario, one hand-written statement that
 * builds the whole answer as JSON inside PostgreSQL, sent through `pg` by a bare HTTP handler
 * that passes the text on untouched. No GraphQL, no validation, no access rules.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const routes = new Map(SCENARIOS.map((scenario) => [`/${scenario.name}`, scenario.floor]));

const server = createServer((request, response) => {
  const route = routes.get(request.url ?? "");
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    if (!route) {
      response.writeHead(request.url === "/" ? 200 : 404).end();
      return;
    }
    pool
      .query({ text: route.sql, values: route.params(body ? JSON.parse(body) : {}), rowMode: "array" })
      .then((result: pg.QueryResult<unknown[]>) => {
        const json = (result.rows[0]?.[0] as string | undefined) ?? "null";
        response.writeHead(200, { "content-type": "application/json" }).end(json);
      })
      .catch((error: Error) => response.writeHead(500).end(error.message));
  });
});

server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once("SIGTERM", stop).once("SIGINT", stop);
