import { readFile } from "node:fs/promises";
import path from "node:path";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from "graphql";
import { createSchema, printSdl } from "../../src/schema";
import { PROJECT_ROOT } from "../../src/shared/paths";

describe("schema", () => {
  describe("schema.graphql", () => {
    it("is what the code emits (run `npm run schema:emit` after changing the API)", async () => {
      const committed = await readFile(path.join(PROJECT_ROOT, "schema.graphql"), "utf8");
      expect(committed).toBe(printSdl(await createSchema()));
    });
  });

  describe("descriptions", () => {
    it("exist on every public type, field, argument, input field and enum value", async () => {
      const schema = await createSchema();
      const missing: string[] = [];
      for (const type of Object.values(schema.getTypeMap())) {
        if (
          type.name.startsWith("__") ||
          (isScalarType(type) && !type.description && ["String", "Int", "Boolean", "ID", "Float"].includes(type.name))
        )
          continue;
        if (!type.description && !["Query", "Mutation", "Subscription"].includes(type.name)) missing.push(type.name);
        if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
          for (const field of Object.values(type.getFields())) {
            if (!field.description) missing.push(`${type.name}.${field.name}`);
            for (const arg of "args" in field ? field.args : []) {
              if (!arg.description) {
                missing.push(`${type.name}.${field.name}(${arg.name})`);
              }
            }
          }
        }
        if (isEnumType(type)) {
          if (!type.description) missing.push(type.name);
          for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
        }
      }
      expect(missing).toEqual([]);
    });
  });
});
