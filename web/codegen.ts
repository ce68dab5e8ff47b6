import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the gateway's checked-in schema: an operation that does not validate against it fails the
// build (codegen exits non-zero).
const config: CodegenConfig = {
  // the printed schema leaves out the scalars smallrye adds (Date, DateTime: ISO-8601 text)
  schema: ['../gateway/src/main/graphql/schema.graphql', 'scalar Date', 'scalar DateTime'],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
