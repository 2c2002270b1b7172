import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSUMED_GOALS,
  estimateMinutes,
  estimateSeconds,
  FACTOR_SOURCES,
  factorCoverage,
  goalFormatOf,
  INDICATOR_CODES,
  latestInstruments,
  MAX_MINUTES,
  timeWords,
  typologyCoverage,
} from '../../../shared/instruments.js';
import type { InstrumentView } from '../../../shared/questionnaires.js';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';

// The standard instruments as the library serves them, tried against DESIGN.md's principles:
// every indicator measured, state items free of time and the activity and worded the same at every
// moment, factor items for what a participant can judge, short enough for a phone; and the rules a
// new version must keep.

describe('the instrument library', () => {
  let t: TestContext;
  let admin: string;
  let library: InstrumentView[];
  let current: InstrumentView[];
  beforeAll(async () => {
    t = await testApp();
    const w = await twoTenants(t.database.db);
    admin = await loginAs(t.app, w.admin.email);
    library = (await t.app.inject({ method: 'GET', url: '/api/v1/instruments', headers: { cookie: admin } })).json();
    current = latestInstruments(library);
  });
  afterAll(() => t.close());

  const publish = (moment: string, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1/instruments/${moment}/versions`, headers: { cookie: admin }, payload });
  const stateItems = (list: InstrumentView[]) =>
    list.flatMap((i) => i.items.filter((item) => item.kind === 'state').map((item) => ({ ...item, moment: i.moment, audience: i.audience })));

  it('has a current questionnaire for participants at every moment and for the organisation at T0, T2 and T3', () => {
    expect(current.map((i) => `${i.audience}:${i.moment}`).sort()).toEqual([
      'organisation:T0',
      'organisation:T2',
      'organisation:T3',
      'participant:D',
      'participant:T0',
      'participant:T1',
      'participant:T2',
      'participant:T3',
    ]);
  });

  it('measures every indicator of the typology with a state item, or says how it is measured otherwise', () => {
    const coverage = typologyCoverage(library);
    expect(coverage).toHaveLength(25);
    expect(coverage.filter((c) => c.participant.length + c.organisation.length === 0 && !c.otherwise).map((c) => c.code)).toEqual([]);
    // the ten the first version missed (issue 11), now each with a state item
    for (const code of [
      'PRO.subject_skills',
      'PRO.subject_knowledge',
      'PRO.leadership',
      'INT.competences',
      'ORG.change',
      'ORG.themes',
      'ORG.learners',
      'ORG.agenda',
      'COL.labour_market',
      'COL.civil_society',
    ])
      expect(coverage.find((c) => c.code === code)!.participant.length + coverage.find((c) => c.code === code)!.organisation.length, code).toBeGreaterThan(0);
    // the learners' results: the leader's judgement, and the organisation's own results beside it
    expect(coverage.find((c) => c.code === 'ORG.learners')!.otherwise?.en).toContain("organisation's own learner results");
    expect(INDICATOR_CODES).toHaveLength(25);
  });

  it('has no state item that mentions time or the activity, in Dutch or in English', () => {
    const offending = stateItems(current).flatMap((item) => [
      ...timeWords(item.nl, 'nl').map((word) => `${item.audience} ${item.moment} ${item.key} (nl): ${word}`),
      ...timeWords(item.en, 'en').map((word) => `${item.audience} ${item.moment} ${item.key} (en): ${word}`),
    ]);
    expect(offending).toEqual([]);
    // the same rule finds the two items of the first version that shifted meaning over time
    const first = library.filter((i) => i.version === 1 && i.audience === 'participant');
    const flagged = [
      ...new Set(
        stateItems(first)
          .filter((item) => timeWords(item.nl, 'nl').length || timeWords(item.en, 'en').length)
          .map((i) => i.key),
      ),
    ];
    expect(flagged.sort()).toEqual(['state.assessment', 'state.methods']);
    expect(timeWords('Ik gebruik werkvormen die een jaar geleden nieuw voor mij waren.', 'nl')).toEqual(['geleden', 'nieuw voor mij']);
    expect(timeWords('I use teaching methods that were new to me a year ago.', 'en')).toEqual(['ago', 'new to me']);
  });

  it('asks every state item at every moment of its questionnaire, worded the same each time', () => {
    for (const audience of ['participant', 'organisation'] as const) {
      const moments = current.filter((i) => i.audience === audience && i.moment !== 'D');
      const keysAt = moments.map((i) => i.items.filter((item) => item.kind === 'state').map((item) => item.key));
      for (const keys of keysAt) expect(keys, audience).toEqual(keysAt[0]);
    }
    // one key, one wording, kind and code, in every version ever published and for every audience
    const byKey = new Map<string, Set<string>>();
    for (const i of library)
      for (const item of i.items) {
        const meaning = JSON.stringify([item.kind, item.typologyCode, item.factorCode, item.nl, item.en]);
        byKey.set(item.key, (byKey.get(item.key) ?? new Set()).add(meaning));
      }
    expect([...byKey].filter(([, meanings]) => meanings.size > 1).map(([key]) => key)).toEqual([]);
  });

  it('asks participants about every factor they can judge, and only those', () => {
    const coverage = factorCoverage(library);
    expect(coverage.filter((c) => c.source === 'participant' && c.items.length === 0).map((c) => c.code)).toEqual([]);
    expect(coverage.filter((c) => c.source !== 'participant' && c.items.length > 0).map((c) => c.code)).toEqual([]);
    expect(Object.values(FACTOR_SOURCES).filter((s) => s === 'participant').length).toBeGreaterThanOrEqual(15);
  });

  it('takes ten minutes or less on a phone, for participants with three goals, the comparison group and the organisation', () => {
    const minutes = current.map((i) => {
      const format = i.items.some((item) => item.kind === 'goal') ? goalFormatOf(i.moment) : null;
      return [`${i.audience}:${i.moment}`, estimateMinutes(estimateSeconds(i.items, { count: ASSUMED_GOALS, format }))] as const;
    });
    for (const [which, m] of minutes) expect(m, which).toBeLessThanOrEqual(MAX_MINUTES);
    // by hand, T1: 19 state, 8 retrospective and 12 factor statements at 8 s, 3 open questions at 45 s,
    // 3 goals at 20 s: 312 + 135 + 60 = 507 s, 9 minutes
    expect(Object.fromEntries(minutes)['participant:T1']).toBe(9);
    const t1 = current.find((i) => i.audience === 'participant' && i.moment === 'T1')!;
    expect(t1.items.filter((i) => i.kind !== 'open' && i.kind !== 'goal')).toHaveLength(39);
  });

  it('refuses a new version that changes what a key stands for, or a state item bound to time', async () => {
    const t0 = current.find((i) => i.audience === 'participant' && i.moment === 'T0')!;
    const items = t0.items.map(({ id: _id, ...item }) => item);
    const reworded = items.map((item) => (item.key === 'state.language' ? { ...item, nl: 'Ik spreek graag een vreemde taal in mijn werk.' } : item));
    const changed = await publish('T0', { titleNl: t0.titleNl, titleEn: t0.titleEn, items: reworded });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().errors).toEqual([{ path: `items.${items.findIndex((i) => i.key === 'state.language')}.key`, message: 'instrument.key_reused' }]);
    const timed = await publish('T0', {
      titleNl: t0.titleNl,
      titleEn: t0.titleEn,
      items: [...items, { key: 'state.sharing_new', kind: 'state', typologyCode: 'ORG.shared', nl: 'Sinds de reis deel ik meer.', en: 'I share more.' }],
    });
    expect(timed.json().errors).toEqual([{ path: `items.${items.length}.nl`, message: 'instrument.state_item_time' }]);
    expect(timed.json().detail).toContain('zonder tijd of de activiteit te noemen');
    // goals are a participant's, followed up after T0; the organisation is asked at T0, T2 and T3
    const goalAtT0 = await publish('T0', {
      titleNl: 'x',
      titleEn: 'x',
      items: [{ key: 'goal.reached', kind: 'goal', nl: 'In hoeverre heeft u dit leerdoel bereikt?', en: 'How far have you reached this learning goal?' }],
    });
    expect(goalAtT0.json().errors[0].message).toBe('instrument.goal_not_at_t0');
    const orgAtT1 = await publish('T1', { audience: 'organisation', titleNl: 'x', titleEn: 'x', items: [{ key: 'org.x', kind: 'open', nl: 'x', en: 'x' }] });
    expect(orgAtT1.statusCode).toBe(400);
    // a changed item under a new key is fine, and the organisation's questionnaire gets its own next version
    const org = current.find((i) => i.audience === 'organisation' && i.moment === 'T2')!;
    const next = await publish('T2', {
      audience: 'organisation',
      titleNl: org.titleNl,
      titleEn: org.titleEn,
      items: [
        ...org.items.map(({ id: _id, ...item }) => item),
        {
          key: 'org.pupil_mobility',
          kind: 'state',
          typologyCode: 'ORG.internationalisation',
          nl: 'Leerlingen van onze organisatie gaan op uitwisseling.',
          en: 'Our learners go on exchanges.',
        },
      ],
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ audience: 'organisation', moment: 'T2', version: org.version + 1 });
  });
});
