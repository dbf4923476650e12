import { loadConfig } from "../../src/shared/config";
import { originAllowed } from "../../src/shared/http/cors";
import { MAX_OPERATION_NAMES, Metrics } from "../../src/shared/http/metrics";

describe("operations settings", () => {
  describe("CORS_ORIGINS", () => {
    it("allows localhost on any port by default in development, nothing by default in production", () => {
      const development = loadConfig({}).corsOrigins;
      for (const origin of [
        "http://localhost:5173",
        "http://127.0.0.1:3000",
        "https://localhost",
        "http://[::1]:8080",
      ]) {
        expect([origin, originAllowed(development, origin)]).toEqual([origin, true]);
      }
      for (const origin of ["http://localhost.evil.example", "https://app.example.org", "null", undefined]) {
        expect([origin, originAllowed(development, origin)]).toEqual([origin, false]);
      }
      const production = loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40) }).corsOrigins;
      expect(originAllowed(production, "http://localhost:5173")).toBe(false);
    });

    it("takes exact origins, * and local, and refuses anything that is not an origin", () => {
      const origins = loadConfig({ CORS_ORIGINS: "https://app.example.org, http://localhost:5173" }).corsOrigins;
      expect(originAllowed(origins, "https://app.example.org")).toBe(true);
      expect(originAllowed(origins, "http://localhost:5173")).toBe(true);
      expect(originAllowed(origins, "http://localhost:5174")).toBe(false);
      expect(originAllowed(origins, "https://app.example.org.evil.example")).toBe(false);
      expect(originAllowed(loadConfig({ CORS_ORIGINS: "*" }).corsOrigins, "https://any.example")).toBe(true);
      expect(
        originAllowed(loadConfig({ CORS_ORIGINS: "local,https://a.example" }).corsOrigins, "http://localhost:1"),
      ).toBe(true);
      for (const bad of [
        "https://app.example.org/",
        "app.example.org",
        "ftp://files.example",
        "https://a.example/path",
      ]) {
        expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS must list origins/);
      }
    });
  });

  describe("GRAPHQL_INTROSPECTION", () => {
    it("defaults to on outside production and off in production, and can be set either way", () => {
      const production = { NODE_ENV: "production", JWT_SECRET: "x".repeat(40) };
      expect(loadConfig({}).introspection).toBe(true);
      expect(loadConfig(production).introspection).toBe(false);
      expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
      expect(loadConfig({ GRAPHQL_INTROSPECTION: "false" }).introspection).toBe(false);
      // The IDE served in production needs the schema, unless introspection is switched off explicitly.
      expect(loadConfig({ ...production, GRAPHQL_IDE: "true" }).introspection).toBe(true);
      expect(loadConfig({ ...production, GRAPHQL_IDE: "true", GRAPHQL_INTROSPECTION: "false" }).introspection).toBe(
        false,
      );
      expect(() => loadConfig({ GRAPHQL_INTROSPECTION: "yes" })).toThrow(/GRAPHQL_INTROSPECTION must be true or false/);
    });
  });

  describe("metrics", () => {
    it("bounds the operation label: anonymous, unknown, and names beyond the cap grouped as other", async () => {
      const metrics = new Metrics({ openSubscriptions: () => 3 });
      for (let i = 0; i < MAX_OPERATION_NAMES + 20; i++) metrics.observeOperation(`Op${i}`, "query", 0.01);
      metrics.observeOperation(null, "query", 0.01);
      metrics.observeOperation("Whatever", null, 0.01);
      metrics.observeOperation("Op0", "query", 0.01);
      metrics.countError("FORBIDDEN");
      metrics.countError("not a code\n");
      const { body } = await metrics.render();
      const operations = new Set(
        [...body.matchAll(/^claimgraph_graphql_operation_duration_seconds_count\{operation="([^"]+)"/gm)].map(
          (m) => m[1],
        ),
      );
      expect(operations.size).toBe(MAX_OPERATION_NAMES + 3);
      expect(body).toMatch(/operation="Op0",type="query"\} 2$/m);
      expect(body).toMatch(/operation="other",type="query"\} 20$/m);
      expect(body).toMatch(/operation="anonymous",type="query"\} 1$/m);
      expect(body).toMatch(/operation="unknown",type="unknown"\} 1$/m);
      expect(body).toMatch(/^claimgraph_graphql_errors_total\{code="FORBIDDEN"\} 1$/m);
      expect(body).toMatch(/^claimgraph_graphql_errors_total\{code="OTHER"\} 1$/m);
      expect(body).toMatch(/^claimgraph_subscriptions_open 3$/m);
    });
  });
});
