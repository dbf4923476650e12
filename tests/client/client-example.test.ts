import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import type { ExampleResult } from "../../examples/client/client";
import { PROJECT_ROOT } from "../../src/shared/paths";
import type { TestDatabase } from "../support/database";
import { createTestDatabase } from "../support/database";
import type { ServerProcess } from "../support/server-process";
import { startServerProcess } from "../support/server-process";

const run = promisify(execFile);
const EXAMPLE = path.join(PROJECT_ROOT, "dist", "examples", "client", "main.js");

/** The published FOREIGN_BACKING claims about the LNA in one page, as the reference order. */
const ALL_AT_ONCE = `query ($alias: String!) {
  actors(filter: { alias: $alias }, first: 1) {
    edges { node { claimsAbout(topic: "FOREIGN_BACKING", first: 100) { totalCount edges { node { id } } } } }
  }
}`;

/**
 * The typed Apollo Client example (examples/client), compiled by `npm run build` and run with
 * node against a real server loaded with the seeds: its fetchMore pages join without gaps or
 * repeats, and node(id:) gives back the same cached object.
 */
describe("client example", () => {
  let db: TestDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startServerProcess({ DATABASE_URL: db.url, CLAIMGRAPH_SEED: "auto" });
  });
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe("examples/client/main.ts", () => {
    it("pages a connection with fetchMore into one list and refetches a node by global id", async () => {
      const { stdout } = await run(process.execPath, [EXAMPLE, server.url], { cwd: PROJECT_ROOT });
      const result = JSON.parse(stdout) as ExampleResult;

      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: ALL_AT_ONCE, variables: { alias: "LNA" } }),
      });
      const reference = ((await response.json()) as any).data.actors.edges[0].node.claimsAbout;
      const expected: string[] = reference.edges.map((edge: any) => edge.node.id);

      expect(expected.length).toBeGreaterThan(4);
      expect(result.pages.length).toBe(Math.ceil(expected.length / 4));
      expect(result.pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
      expect(result.pages.flat()).toEqual(expected);
      expect(result.merged).toEqual(expected);
      expect(result.totalCount).toBe(reference.totalCount);
      expect(result.hasNextPage).toBe(false);

      expect(result.sameCacheEntry).toBe(true);
      expect(result.refetched).toEqual(result.first);
      expect(result.first.__typename).toBe("Claim");
      expect(result.first.subject.name).toBe("Libyan National Army");
    });
  });
});
