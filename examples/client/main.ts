import { runExample } from "./client";

/**
 * `node dist/examples/client/main.js [url]` (after `npm run build`): runs the typed client
 * example against a server and prints what it saw as JSON.
 */
runExample(process.argv[2] ?? "http://localhost:4000/graphql").then(
  (result) => console.log(JSON.stringify(result, null, 2)),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
