// Presets are checked against core: all of ours agree, and a wrong figure is caught with its path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPreset, type PresetData, presetQuery } from './presets.js';

const folder = join(import.meta.dirname, '..', 'content', 'presets');
const presets = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(join(folder, name), 'utf8')) as PresetData] as const);

describe('presets', () => {
  it('covers the documents worked examples in every mode', () => {
    expect(presets.length).toBeGreaterThanOrEqual(8);
    expect(new Set(presets.map(([, p]) => p.kind))).toEqual(new Set(['refund', 'exchange', 'cap']));
  });

  it.each(presets)('%s agrees with core', (_name, preset) => {
    expect(checkPreset(preset)).toEqual([]);
    expect(presetQuery(preset)).toMatch(/^v=1&mode=/);
  });

  it('reports a stated figure that core disagrees with, naming its path', () => {
    const [, preset] = presets.find(([name]) => name.startsWith('01-'))!;
    const wrong = { ...preset, expect: { ...preset.expect, 'policyResult.capUse': '2300.00' } };
    expect(checkPreset(wrong)).toEqual(['policyResult.capUse: the preset says "2300.00", core computes "2400.00"']);
  });

  it('reports a request core rejects', () => {
    const [, preset] = presets.find(([name]) => name.startsWith('01-'))!;
    const bad = { ...preset, request: { ...preset.request, date: '2023-01-01' } };
    expect(checkPreset(bad)[0]).toMatch(/core rejects the request: .*CANCEL_BEFORE_PURCHASE/);
  });
});
