import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { PROJECT_ROOT } from "../../src/shared/paths";

/**
 * The image and the compose file are for users (no Docker engine runs where the suite runs):
 * their production settings are checked by reading them. `docker compose config` (or Debian's
 * standalone docker-compose, which .ci/run installs) validates the compose file; without either it
 * is parsed as YAML and checked.
 */
const dockerfile = readFileSync(path.join(PROJECT_ROOT, "Dockerfile"), "utf8");
const compose = parse(readFileSync(path.join(PROJECT_ROOT, "docker-compose.yml"), "utf8")) as any;
const engines = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as any).engines
  .node as string;

/** Dockerfile instructions, continuation lines joined and comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(" ") };
    });
}

/** Whether `version` (x.y.z) satisfies an engines range made of `^x.y.z` and `>=x.y.z` alternatives. */
function satisfies(version: string, range: string): boolean {
  const parts = (v: string) => v.split(".").map(Number) as [number, number, number];
  const compare = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  const v = parts(version);
  return range.split("||").some((alternative) => {
    const match = /^\s*(\^|>=)\s*(\d+)\.(\d+)\.(\d+)\s*$/.exec(alternative);
    if (!match) throw new Error(`unsupported engines range: ${alternative}`);
    const min = [Number(match[2]), Number(match[3]), Number(match[4])];
    return compare(v, min) >= 0 && (match[1] === ">=" || v[0] === min[0]);
  });
}

describe("Docker", () => {
  const all = instructions(dockerfile);
  const stages = all.reduce<{ op: string; args: string }[][]>((list, instruction) => {
    if (instruction.op === "FROM") list.push([]);
    list[list.length - 1]!.push(instruction);
    return list;
  }, []);
  const runtime = stages[stages.length - 1]!;

  describe("Dockerfile", () => {
    it("builds in one stage and runs from another, with the compiled code only", () => {
      expect(stages.length).toBeGreaterThanOrEqual(2);
      expect(stages[0]![0]!.args).toMatch(/ AS build$/i);
      expect(stages[0]!.some((i) => i.op === "RUN" && /npm run build/.test(i.args))).toBe(true);
      expect(runtime.some((i) => i.op === "COPY" && /--from=build .*dist/.test(i.args))).toBe(true);
      expect(runtime.some((i) => i.op === "RUN" && /npm run build|tsc/.test(i.args))).toBe(false);
    });

    it("runs in production mode with production dependencies only, as a user without privileges", () => {
      expect(runtime.some((i) => i.op === "ENV" && /(^|\s)NODE_ENV=production(\s|$)/.test(i.args))).toBe(true);
      const installs = runtime.filter((i) => i.op === "RUN" && /npm (ci|install)/.test(i.args));
      expect(installs.length).toBe(1);
      expect(installs[0]!.args).toMatch(/npm ci --omit=dev/);
      const users = runtime.filter((i) => i.op === "USER").map((i) => i.args);
      expect(users.length).toBeGreaterThan(0);
      expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
      // USER comes before the command that starts the server.
      const last = (op: string) => runtime.map((i) => i.op).lastIndexOf(op);
      expect(last("USER")).toBeLessThan(last("CMD"));
      expect(runtime.find((i) => i.op === "CMD")!.args).toBe('["node", "dist/src/main.js"]');
    });

    it("checks its health on /readyz", () => {
      const check = runtime.find((i) => i.op === "HEALTHCHECK");
      expect(check?.args).toMatch(/CMD .*\/readyz/);
      // Slim images have no curl or wget.
      expect(check?.args).not.toMatch(/curl|wget/);
    });

    it("runs on a Node version every dependency supports (package.json engines)", () => {
      for (const stage of stages) {
        const image = /^node:(\d+)(?:\.(\d+))?(?:\.(\d+))?-/.exec(stage[0]!.args);
        expect(image).not.toBeNull();
        const [, major, minor, patch] = image!;
        // A floating tag (node:24-…) may be any release of its line: even the line's first must satisfy engines.
        expect(satisfies(`${major}.${minor ?? 0}.${patch ?? 0}`, engines)).toBe(true);
      }
      expect(satisfies("20.20.0", engines)).toBe(false);
      expect(satisfies("22.15.0", engines)).toBe(true);
      expect(satisfies("24.0.0", engines)).toBe(true);
    });
  });

  describe("docker-compose.yml", () => {
    it("starts the server after a healthy database and a completed migration, restarts it, checks /readyz", () => {
      const server = compose.services.server;
      expect(server.depends_on).toEqual({
        postgres: { condition: "service_healthy" },
        migrate: { condition: "service_completed_successfully" },
      });
      expect(["on-failure", "unless-stopped", "always"]).toContain(server.restart);
      expect(server.healthcheck.test.join(" ")).toMatch(/\/readyz/);
      expect(server.environment.NODE_ENV).toBe("production");
      expect(compose.services.migrate.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
      expect(compose.services.postgres.healthcheck.test.join(" ")).toMatch(/pg_isready/);
    });

    it("is a valid compose file: `docker compose config` (or Debian's docker-compose), else checked as parsed", () => {
      // The compose plugin of the Docker CLI, else the standalone docker-compose (.ci/run installs it).
      const plugin = spawnSync("docker", ["compose", "version"], { encoding: "utf8" });
      const standalone = spawnSync("docker-compose", ["version"], { encoding: "utf8" });
      const command: [string, string[]] | null =
        plugin.status === 0
          ? ["docker", ["compose", "config", "--quiet"]]
          : standalone.status === 0
            ? ["docker-compose", ["config", "--quiet"]]
            : null;
      if (command) {
        const result = spawnSync(command[0], command[1], {
          cwd: PROJECT_ROOT,
          encoding: "utf8",
          env: { ...process.env, JWT_SECRET: "x".repeat(48) },
        });
        expect(result.stderr).toBe("");
        expect(result.status).toBe(0);
        return;
      }
      console.log("[claimgraph tests] no docker compose here: docker-compose.yml is checked as parsed YAML only.");
      // No compose plugin here: every service has an image or a build, and depends only on services that exist.
      for (const [name, service] of Object.entries<any>(compose.services)) {
        expect([name, Boolean(service.image || service.build)]).toEqual([name, true]);
        for (const dependency of Object.keys(service.depends_on ?? {}))
          expect(Object.keys(compose.services)).toContain(dependency);
      }
      expect(Object.keys(compose.volumes)).toContain("postgres-data");
    });
  });
});
