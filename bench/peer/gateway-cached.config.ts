// Hive Gateway with its response cache, for the bench's cached figures (bench/README.md, "Cached answers"): the
// in-memory cache of @graphql-mesh/plugin-response-cache (envelop's useResponseCache), shared by every client
// (session: null, as Summitry's public reads are), kept until a mutation through this gateway invalidates the
// entities it returns (its default) or ten minutes pass, as Summitry's safety-net TTL.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  responseCaching: {
    session: () => null,
    ttl: 600_000,
  },
});
