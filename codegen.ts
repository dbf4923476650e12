import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * GraphQL Code Generator (`npm run codegen`): typed documents for the client example and the
 * annotation workbench, from the committed SDL and the operations each one sends. The output is
 * committed; `tests/client/codegen.test.ts` fails when it is stale, as the SDL's test does.
 */
const scalars = {
  // graphql-scalars' DateTimeISO travels as an ISO 8601 string; JSONObject as a plain object.
  DateTimeISO: "string",
  JSONObject: "Record<string, unknown>",
};

const clientPreset = {
  preset: "client" as const,
  // Fragments are plain types here: the example and the workbench read what they select.
  presetConfig: { fragmentMasking: false },
  config: { scalars, enumsAsTypes: true, useTypeImports: true, strictScalars: true, nonOptionalTypename: true },
};

/** Apollo Client needs the members of every interface and union (Node, Annotation, SearchResult). */
const possibleTypes = {
  plugins: ["fragment-matcher"],
  config: { apolloClientVersion: 3, useExplicitTyping: true },
};

const config: CodegenConfig = {
  schema: "schema.graphql",
  generates: {
    "examples/client/generated/": { documents: ["examples/**/*.graphql"], ...clientPreset },
    "examples/client/generated/possible-types.ts": possibleTypes,
    "web/src/generated/": { documents: ["web/src/**/*.graphql"], ...clientPreset },
    "web/src/generated/possible-types.ts": possibleTypes,
  },
};

export default config;
