import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/shared/paths";

export const MAIN = path.join(PROJECT_ROOT, "dist", "src", "main.js");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Starts the built server (`node dist/src/main.js`, as `npm start` does) and resolves its URL. */
export function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  if (!existsSync(MAIN)) throw new Error("dist/src/main.js is missing: run `npm run build` (npm test does it first).");
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: "0", LOG_LEVEL: "warn", NODE_ENV: "development", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Claimgraph GraphQL API: (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        resolve({
          child,
          url: match[1]!,
          output: () => output,
          stop: async () => {
            if (child.exitCode !== null) return child.exitCode;
            const exited = new Promise<number | null>((done) => child.once("exit", done));
            child.kill("SIGTERM");
            return exited;
          },
        });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}
