import type { CodegenConfig } from "@graphql-codegen/cli";

const output = "src/graphql/generated.ts";

// Types come from the committed server schema file, never from a running server.
const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  documents: "src/**/*.graphql",
  generates: {
    [output]: {
      plugins: ["typescript", "typescript-operations", "typed-document-node"],
      config: {
        scalars: { DateTime: "string", Decimal: "string" },
        strictScalars: true,
        useTypeImports: true,
        // String unions instead of TS enums: no runtime code, works with erasable syntax.
        enumsAsTypes: true,
        // Apollo's cache adds __typename to every selection set but the root one.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        // typescript-operations 6 emits the enums and inputs it uses unless told where they
        // live; the `typescript` plugin already writes them into this same file.
        importSchemaTypesFrom: `./${output}`,
      },
    },
  },
};

export default config;
