import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createSchema, printSdl } from "../src/schema";
import { PROJECT_ROOT } from "../src/shared/paths";

/** npm run schema:emit — writes schema.graphql from the code (a test fails when it is stale). */
createSchema()
  .then((schema) => writeFile(path.join(PROJECT_ROOT, "schema.graphql"), printSdl(schema)))
  .then(() => console.log("wrote schema.graphql"))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
