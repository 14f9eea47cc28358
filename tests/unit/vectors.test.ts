// Every worked case of tests/vectors.json through the public contract of @refund-desk/core.
import { capStatus, estimateExchange, estimateRefund, supportChecklist } from '@refund-desk/core';
import { describe, expect, it } from 'vitest';
import { loadVectors, mismatches } from '../support/vectors.js';

const run = { refund: estimateRefund, exchange: estimateExchange, cap: capStatus, checklist: supportChecklist };

describe('tests/vectors.json', () => {
  const vectors = loadVectors();
  it('has vectors to run', () => {
    expect(vectors.length).toBeGreaterThan(25);
  });
  for (const vector of vectors) {
    it(`${vector.id}: ${vector.source}`, () => {
      const result = run[vector.kind](vector.request);
      expect(mismatches(result, vector.expect)).toEqual([]);
    });
  }
});
