import { describe, expect, it } from 'vitest';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { fieldErrors, unavailableServices } from './errors';

const refused = (message: string, extensions: Record<string, unknown> = { code: 'BAD_USER_INPUT' }) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] });

describe('errors from the API', () => {
  it('puts a refused value beside the field the API names, once', () => {
    const { fields, general } = fieldErrors(refused("date.edtf: Invalid EDTF date 'next Tuesday' at position 0: "
      + "expected a four-digit year: date.edtf Invalid EDTF date 'next Tuesday' at position 0: expected a four-digit year"));

    expect(fields).toEqual({ edtf: "Invalid EDTF date 'next Tuesday' at position 0: expected a four-digit year" });
    expect(general).toEqual([]);
  });

  it('splits a list of fields and keeps a message that names none as general', () => {
    expect(fieldErrors(refused('Invalid meeting: title must not be blank; countryCodes unknown country XX')).fields)
      .toEqual({ title: 'must not be blank', countryCodes: 'unknown country XX' });
    expect(fieldErrors(refused('A slug already taken')).general).toEqual(['A slug already taken']);
  });

  it('names each unavailable service once', () => {
    const error = new CombinedError({ graphQLErrors: [
      new GraphQLError('people-service is unavailable', { extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'people-service' } }),
      new GraphQLError('people-service is unavailable', { extensions: { code: 'UPSTREAM_UNAVAILABLE', service: 'people-service' } }),
    ] });
    expect(unavailableServices(error)).toEqual(['people-service']);
  });
});
