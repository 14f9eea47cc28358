// Two collections: Starlight's docs (with Korean search keywords and citation metadata) and the calculator presets,
// which are checked against core while the site builds.

import { defineCollection, z } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { checkPreset, type PresetData } from './lib/presets';

const docs = defineCollection({
  loader: docsLoader(),
  schema: docsSchema({
    extend: z.object({
      /** Extra search words (Korean synonyms, spellings agents type); rendered into the page so Pagefind indexes them. */
      keywords: z.array(z.coerce.string()).default([]),
      /** Sources the page relies on (S1…S7 of rules.md). */
      sources: z.array(z.string()).default([]),
      /** Rule families explained on the page (R-cap, …); each becomes an anchor the calculator links to. */
      rules: z.array(z.string()).default([]),
      /** The date the page's statements were last checked against the sources. */
      policyAsOf: z.coerce
        .date()
        .transform((d) => d.toISOString().slice(0, 10))
        .optional(),
    }),
  }),
});

const money = z.object({ amount: z.string(), currency: z.string() });

const presets = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/presets' }),
  schema: z
    .object({
      order: z.number(),
      title: z.object({ en: z.string(), ko: z.string() }),
      source: z.string(),
      kind: z.enum(['refund', 'exchange', 'cap']),
      request: z
        .object({ date: z.string(), ledger: z.array(z.object({ date: z.string(), amount: money })).optional() })
        .passthrough(),
      expect: z.record(z.union([z.string(), z.number(), z.boolean(), z.null()])),
    })
    .superRefine((preset, ctx) => {
      for (const message of checkPreset(preset as unknown as PresetData)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `disagrees with core: ${message}` });
      }
    }),
});

export const collections = { docs, presets };
