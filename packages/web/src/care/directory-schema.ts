import { type Urgency, urgencyIds } from '@spine-advisor/engine';
import { z } from 'zod';
import { languages } from '../text/lang.js';

const LocalizedSchema = z.strictObject(
  Object.fromEntries(languages.map((l) => [l.lang, z.string().min(1)])) as Record<'en' | 'es', z.ZodString>,
);
const SourceSchema = z.strictObject({ url: z.url(), checked: z.iso.date() });

const SiteSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  city: z.string(),
  state: z.string(),
  zip: z.string(),
  country: z.literal('US'),
  coordinates: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  phone: z.string(),
  services: z.array(z.string()).min(1),
  source: SourceSchema,
  flagship: z.boolean().optional(),
});

const RouteStepSchema = z.strictObject({
  id: z.string(),
  text: LocalizedSchema,
  url: z.url(),
  phone: z.string().optional(),
  source: SourceSchema,
});

const ProviderSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  url: z.url(),
  region: LocalizedSchema,
  distinctive: LocalizedSchema,
  services: z.array(z.string()).optional(),
  sites: z.array(SiteSchema),
  route: z.array(RouteStepSchema).optional(),
});

/**
 * The directory file (public/providers.json): data a clinic can replace without touching code —
 * providers, their sites with address, coordinates, phone, services and the source of each, the
 * services that fit each urgency, and the emergency route by country.
 */
export const DirectorySchema = z.strictObject({
  about: z.string(),
  services: z.record(z.string(), LocalizedSchema),
  needs: z.strictObject(
    Object.fromEntries(urgencyIds.map((u) => [u, z.array(z.string())])) as Record<Urgency, z.ZodArray<z.ZodString>>,
  ),
  emergencyRoute: z.strictObject({ US: LocalizedSchema, GB: LocalizedSchema }),
  providers: z.array(ProviderSchema),
});

/** The directory. */
export type Directory = z.infer<typeof DirectorySchema>;
