import { describe, expect, it } from 'vitest';
import { HookRequestSchema } from './cds-schemas.js';
import { respondToChart, respondToOrders } from './hooks.js';
import { toPatientRecord } from './prefetch.js';
import { systems } from './systems.js';
import { cdsResponseViolations, emptyValues } from './testing/cds-validator.js';
import { fixtureNow, fixtures, hookRequest, order, testCardOptions } from './testing/patients.js';

const options = testCardOptions();

function respond(f: (typeof fixtures)[number], hook: 'order-select' | 'order-sign') {
  const request = HookRequestSchema.parse(hookRequest(f, hook));
  return respondToOrders(request, toPatientRecord(f.resources), fixtureNow, options);
}

describe('order-select and order-sign on the fixture patients', () => {
  it('has at least 12 fixture patients covering every red-flag group', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  for (const f of fixtures) {
    for (const hook of ['order-select', 'order-sign'] as const) {
      it(`${f.name} (${hook})`, () => {
        const { response, outcomes } = respond(f, hook);
        expect(cdsResponseViolations(response)).toEqual([]);
        expect(emptyValues(response)).toEqual([]);
        const e = f.expected;
        if ('noCards' in e) {
          expect(response).toEqual({ cards: [] });
          return;
        }
        expect(response.cards).toHaveLength(1);
        const card = response.cards[0];
        if ('cannotRate' in e) {
          expect(outcomes[0]?.fhirCase.undocumented).toEqual(e.cannotRate);
          expect(card?.summary).toMatch(/^Cannot rate/);
          expect(response.systemActions).toBeUndefined();
          return;
        }
        expect(outcomes[0]?.assessment?.urgency).toBe(e.urgency);
        expect(outcomes[0]?.rating).toBe(e.rating);
        expect(card?.indicator).toBe(e.indicator);
        const action = response.systemActions?.[0];
        expect(action?.type).toBe('update');
        type Ext = { url: string; valueCodeableConcept?: { coding: { system: string; code: string }[] } };
        const extensions = (action?.resource?.extension ?? []) as Ext[];
        const rating = extensions.find((x) => x.url === 'http://fhir.org/argonaut/Extension/pama-rating');
        expect(rating?.valueCodeableConcept?.coding[0]).toEqual({ system: systems.pamaRating, code: e.rating });
        expect(response.extension?.systemActions).toEqual(response.systemActions);
        const suggestion = card?.suggestions?.[0]?.actions[0];
        if (e.suggestion === 'remove')
          expect(suggestion).toMatchObject({ type: 'delete', resourceId: `ServiceRequest/${f.order.id}` });
        else if (e.suggestion === 'replace') expect(suggestion?.type).toBe('update');
        else expect(card?.suggestions).toBeUndefined();
      });
    }
  }
});

describe('cards', () => {
  const connectathon = fixtures.find((f) => f.name === 'connectathon-ct-4-months');
  if (!connectathon) throw new Error('fixture missing');

  it('the connectathon CT order is not appropriate, with a suggestion and what would change the rating', () => {
    const { response } = respond(connectathon, 'order-select');
    const card = response.cards[0];
    expect(card?.summary).toMatch(/CT lumbar spine without and with IV contrast: usually not appropriate/);
    expect(card?.detail).toMatch(/ACR Low Back Pain variant 2/);
    expect(card?.detail).toMatch(/if present, the rating may change/);
    expect(card?.detail).toMatch(/saddleNumbness/);
    expect(card?.detail).toMatch(/\*\*Sources:\*\*\n- \[acr-lbp-2021\] Hutchins TA/);
    expect(card?.links?.[0]?.url).toMatch(/^https:\/\/spine\.example\.org\/#\/clinician\?case=[\w-]+/);
    expect(card?.overrideReasons?.length).toBeGreaterThan(0);
  });

  it('a replacement keeps the order id and reason and uses the drafted code system', () => {
    const f = fixtures.find((x) => x.name === 'breast-cancer-history-xray');
    if (!f) throw new Error('fixture missing');
    const { response } = respond(f, 'order-sign');
    const resource = response.cards[0]?.suggestions?.[0]?.actions[0]?.resource as {
      id: string;
      code: { coding: { system: string; code: string }[] };
      reasonCode: unknown;
    };
    expect(resource.id).toBe(f.order.id);
    expect(resource.code.coding[0]).toMatchObject({ system: systems.cpt, code: '72158' });
    expect(resource.reasonCode).toEqual(f.order.reasonCode);
  });

  it('order-select rates only the selections; order-sign rates every draft', () => {
    const f = fixtures.find((x) => x.name === 'acute-mri-2-weeks');
    if (!f) throw new Error('fixture missing');
    const second = order(f.patientId, 'cpt', '72100');
    const base = hookRequest(f, 'order-select');
    const both = {
      ...base,
      context: {
        ...base.context,
        draftOrders: { resourceType: 'Bundle', entry: [{ resource: f.order }, { resource: second }] },
      },
    };
    const select = respondToOrders(HookRequestSchema.parse(both), toPatientRecord(f.resources), fixtureNow, options);
    expect(select.response.cards).toHaveLength(1);
    const { selections: _s, ...signContext } = both.context;
    const sign = respondToOrders(
      HookRequestSchema.parse({ ...both, hook: 'order-sign', context: signContext }),
      toPatientRecord(f.resources),
      fixtureNow,
      options,
    );
    expect(sign.response.cards).toHaveLength(2);
  });

  it('names the data it could not fetch', () => {
    const { response } = respondToOrders(
      HookRequestSchema.parse(hookRequest(connectathon, 'order-select')),
      toPatientRecord(connectathon.resources),
      fixtureNow,
      {
        ...options,
        unavailable: ['observations'],
      },
    );
    expect(response.cards[0]?.detail).toMatch(/\*\*Unavailable:\*\* observations/);
  });
});

describe('patient-view', () => {
  it('shows red flags and open imaging orders for a patient with back pain', () => {
    const f = fixtures.find((x) => x.name === 'urinary-retention');
    if (!f) throw new Error('fixture missing');
    const open = { ...f.order, status: 'active' as const };
    const { response } = respondToChart(toPatientRecord(f.resources), [open], fixtureNow, options);
    expect(cdsResponseViolations(response)).toEqual([]);
    expect(response.cards[0]?.indicator).toBe('critical');
    expect(response.cards[0]?.summary).toMatch(/red flags/);
  });

  it('stays quiet for back pain without red flags or orders, and for patients without back pain', () => {
    const plain = fixtures.find((x) => x.name === 'acute-mri-2-weeks');
    if (!plain) throw new Error('fixture missing');
    expect(respondToChart(toPatientRecord(plain.resources), [], fixtureNow, options).response).toEqual({ cards: [] });
    const noBackPain = toPatientRecord(plain.resources.filter((r) => r.resourceType === 'Patient'));
    expect(respondToChart(noBackPain, [], fixtureNow, options).response).toEqual({ cards: [] });
  });
});

describe('the spec-invariant schema catches violations', () => {
  const card = {
    uuid: '00000000-0000-4000-8000-000000000001',
    summary: 'ok',
    indicator: 'info',
    source: { label: 'x' },
  };
  it.each([
    ['a 140-character summary', { ...card, summary: 'x'.repeat(140) }],
    ['the pre-1.0 hard-stop indicator', { ...card, indicator: 'hard-stop' }],
    ['suggestions without selectionBehavior', { ...card, suggestions: [{ label: 'a', uuid: card.uuid }] }],
    [
      'a delete action without resourceId',
      {
        ...card,
        suggestions: [{ label: 'a', uuid: card.uuid, actions: [{ type: 'delete', description: 'd' }] }],
        selectionBehavior: 'any',
      },
    ],
    ['an override reason without display', { ...card, overrideReasons: [{ system: 's', code: 'c' }] }],
  ])('%s', (_name, bad) => {
    expect(cdsResponseViolations({ cards: [card] })).toEqual([]);
    expect(cdsResponseViolations({ cards: [bad] }).length).toBeGreaterThan(0);
  });

  it('flags empty optional values', () => {
    expect(emptyValues({ cards: [], systemActions: [] })).toEqual(['/systemActions']);
  });
});

describe('a call without data', () => {
  it('says the data was not sent when there is neither prefetch nor fhirServer', () => {
    const f = fixtures[0] as (typeof fixtures)[number];
    const request = HookRequestSchema.parse(hookRequest(f, 'order-sign', false));
    const { response } = respondToOrders(request, {}, fixtureNow, options);
    expect(response.cards[0]?.detail).toMatch(/\*\*No record data sent:\*\*/);
    expect(response.cards[0]?.detail).not.toMatch(/could not be retrieved in time/);
  });
});

describe('malformed draft orders', () => {
  it('skips entries that hold no order and rates the rest', () => {
    const f = fixtures[0] as (typeof fixtures)[number];
    const body = hookRequest(f, 'order-sign');
    const request = HookRequestSchema.parse({
      ...body,
      context: {
        ...body.context,
        draftOrders: {
          resourceType: 'Bundle',
          entry: [null, 'x', { resource: null }, ...body.context.draftOrders.entry],
        },
      },
    });
    const { response } = respondToOrders(request, toPatientRecord(f.resources), fixtureNow, options);
    expect(response.cards).toHaveLength(1);
  });

  it('an order whose code is malformed is not recognised as imaging (no exception)', () => {
    const f = fixtures[0] as (typeof fixtures)[number];
    const body = hookRequest(f, 'order-sign');
    const broken = { ...f.order, code: { coding: { system: systems.cpt, code: '72148' } } };
    const request = HookRequestSchema.parse({
      ...body,
      context: { ...body.context, draftOrders: { resourceType: 'Bundle', entry: [{ resource: broken }] } },
    });
    expect(respondToOrders(request, toPatientRecord(f.resources), fixtureNow, options).response).toEqual({ cards: [] });
  });
});
