/**
 * Where Monaco (GraphiQL's editor) finds its web workers: bundles of this build, on this
 * server (scripts/build-ide.js), never a CDN. Imported before GraphiQL, which reads it when it
 * starts its first editor.
 */
const WORKERS: Record<string, string> = {
  graphql: "/ide/assets/graphql.worker.js",
  json: "/ide/assets/json.worker.js",
};

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return new Worker(WORKERS[label] ?? "/ide/assets/editor.worker.js");
  },
};
