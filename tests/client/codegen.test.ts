import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT } from "../../src/shared/paths";

const run = promisify(execFile);

/** The typed documents are committed, like schema.graphql: a stale copy fails here. */
describe("codegen", () => {
  describe("examples/client/generated and web/src/generated", () => {
    it("are what `npm run codegen` writes from schema.graphql and the documents", async () => {
      const cli = path.join(PROJECT_ROOT, "node_modules", ".bin", "graphql-codegen");
      const result = await run(cli, ["--config", "codegen.ts", "--check"], { cwd: PROJECT_ROOT }).then(
        () => ({ stale: "" }),
        (error: { stdout?: string; stderr?: string }) => ({ stale: `${error.stdout ?? ""}${error.stderr ?? ""}` }),
      );
      expect(result).toEqual({ stale: "" });
    });
  });
});
