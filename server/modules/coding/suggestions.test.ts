import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, testApp } from '../../test/app.js';
import { loginAs, twoTenants } from '../../test/factories.js';
import { RETRAIN_AFTER, trainDueModels } from './suggestions.service.js';

interface Suggestion {
  code: string;
  score: number;
  words: string[];
  examples: { text: string; segmentId: string | null; sourceId: string | null }[];
}

describe('learned code suggestions', () => {
  let t: TestContext;
  let w: Awaited<ReturnType<typeof twoTenants>>;
  const as: Record<string, string> = {};
  const codeIds: Record<string, string> = {};
  let typologyId: string;
  const segmentsOf: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await testApp();
    w = await twoTenants(t.database.db);
    for (const key of ['coordA', 'coordB', 'analyst', 'admin', 'participant'] as const) as[key] = await loginAs(t.app, w[key].email);
    for (const r of await t.database.db.selectFrom('codes').select(['id', 'key']).execute()) codeIds[r.key] = r.id;
    typologyId = (await t.database.db.selectFrom('codebooks').select('id').where('key', '=', 'typology').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(() => t.close());

  function call(method: 'GET' | 'POST' | 'PATCH', url: string, who?: string, payload?: object) {
    return t.app.inject({ method, url, headers: who ? { cookie: as[who]! } : {}, ...(payload ? { payload } : {}) });
  }
  const suggest = async (who: string, text: string): Promise<Suggestion[]> => {
    const res = await call('POST', '/api/v1/coding/suggest', who, { text, lang: 'nl' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().suggestions;
  };
  // every sentence its own coded segment, all with one code; the source added by `addedBy` (analysts add none)
  async function codeSource(who: string, projectId: string, title: string, sentences: string[], code: string, addedBy = who) {
    const content = sentences.join(' ');
    const source = (await call('POST', `/api/v1/projects/${projectId}/sources`, addedBy, { title, language: 'nl', content })).json();
    const ids: string[] = [];
    let at = 0;
    for (const s of sentences) {
      const res = await call('POST', `/api/v1/sources/${source.id}/segments`, who, {
        start: at,
        end: at + [...s].length,
        codings: [{ codeId: codeIds[code] }],
      });
      expect(res.statusCode, res.body).toBe(200);
      at += [...s].length + 1;
    }
    const view = (await call('GET', `/api/v1/sources/${source.id}`, who)).json();
    ids.push(...view.segmentList.map((g: { id: string }) => g.id));
    segmentsOf[title] = ids;
    return source.id as string;
  }
  const wordsOf = (suggestions: Suggestion[]) => suggestions.flatMap((s) => s.words.map((x) => x.toLowerCase()));

  it('answers the fixed point from the lexicon until a model is trained, then from the model, with score, words and examples', async () => {
    expect((await call('POST', '/api/v1/coding/suggest', undefined, { text: 'x', lang: 'nl' })).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/coding/suggest', 'coordA', { text: 'x', lang: 'de' })).statusCode).toBe(400);
    expect((await call('POST', '/api/v1/coding/suggest', 'coordA', { text: 'x', lang: 'nl', codebook: 'nope' })).statusCode).toBe(404);
    expect((await call('POST', '/api/v1/coding/suggest', 'participant', { text: 'x', lang: 'nl' })).statusCode).toBe(403);
    const text = 'We hebben het geleerde gedeeld met collega’s en de directie.';

    const models = (await call('GET', `/api/v1/codebooks/${typologyId}/suggestion-models`, 'coordA')).json();
    expect(models.models.find((m: { language: string }) => m.language === 'nl')).toMatchObject({ source: 'lexicon', trainedAt: null, measured: null });
    const before = await suggest('coordA', text);
    expect(before[0]?.code).toBe('ORG.shared');

    const report = await trainDueModels(t.app.deps, { codebooks: ['typology'], languages: ['nl'] });
    expect(report.trained.map((r) => r.scope).sort()).toEqual(['agency', 'shared']);
    const after = await suggest('coordA', text);
    expect(after[0]?.code).toBe('ORG.shared');
    expect(Object.keys(after[0]!).sort()).toEqual(['code', 'examples', 'score', 'words']);
    expect(after.length).toBeLessThanOrEqual(2);
    for (const s of after) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
      for (const word of s.words) expect(text).toContain(word);
    }
    expect(after[0]!.words.length).toBeGreaterThan(0);
    // nothing coded yet in the database: the examples are labelled fragments, which name no segment
    expect(after[0]!.examples.length).toBeGreaterThan(0);
    expect(after[0]!.examples.every((e) => e.segmentId === null && e.text.length > 0)).toBe(true);

    const trained = (await call('GET', `/api/v1/codebooks/${typologyId}/suggestion-models`, 'coordA')).json();
    const nl = trained.models.find((m: { language: string }) => m.language === 'nl');
    expect(nl).toMatchObject({ source: 'learned', learnedFrom: 'shared', codings: 0 });
    expect(nl.trainedAt).not.toBeNull();
    expect(nl.threshold).toBeGreaterThan(0);
    // the shipped fragments only train; with no coded segment there is nothing to cross-validate on
    expect(nl.measured).toBeNull();
    expect(trained.models.find((m: { language: string }) => m.language === 'en').source).toBe('lexicon');
  }, 120_000);

  it('stays silent on fragments without impact, and speaker labels and timestamps never trigger a code', async () => {
    for (const text of [
      'De bus naar het hotel vertrok om half negen vanaf het plein.',
      'Interviewer: Hoe laat begon de eerste dag?\nTeamleider: Om negen uur, in de aula.',
      '[00:14:02] Docent 2: Even kijken, dat was in de herfstvakantie denk ik.',
    ]) {
      expect(await suggest('coordA', text), text).toEqual([]);
    }
    const plain = 'Ik geef mijn lessen nu in het Engels en durf veel meer te spreken.';
    const labelled = `Teamleider: ${plain}`;
    const a = await suggest('coordA', plain);
    const b = await suggest('coordA', labelled);
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((s) => [s.code, s.score])).toEqual(a.map((s) => [s.code, s.score]));
    expect(wordsOf(b)).not.toContain('teamleider');
  }, 60_000);

  it('retrains after enough new codings and then suggests what the organisation coded, with its own segments as examples', async () => {
    const probe = 'Zwanenhalsflamingo doet nu ook mee.';
    const before = await suggest('coordA', probe);
    expect(before.map((s) => s.code)).not.toContain('COL.civil_society');
    expect(wordsOf(before)).not.toContain('zwanenhalsflamingo');

    const sentences = Array.from(
      { length: RETRAIN_AFTER + 2 },
      (_, i) => `De stichting Zwanenhalsflamingo doet nu mee aan onze ${['markt', 'lezing', 'tuin', 'avond'][i % 4]} nummer ${i + 1}.`,
    );
    await codeSource('coordA', w.projectA.id, 'Gesprekken A', sentences, 'COL.civil_society');
    const report = await trainDueModels(t.app.deps, { codebooks: ['typology'], languages: ['nl'] });
    expect(report.trained.map((r) => r.scope)).toEqual([`organisation:${w.orgA.id}`]);

    const after = await suggest('coordA', probe);
    expect(after[0]?.code).toBe('COL.civil_society');
    expect(wordsOf(after)).toContain('zwanenhalsflamingo');
    expect(after[0]!.examples.some((e) => e.segmentId !== null && segmentsOf['Gesprekken A']!.includes(e.segmentId))).toBe(true);

    const models = (await call('GET', `/api/v1/codebooks/${typologyId}/suggestion-models`, 'coordA')).json();
    const nl = models.models.find((m: { language: string }) => m.language === 'nl');
    expect(nl).toMatchObject({ source: 'learned', learnedFrom: 'organisation', codings: RETRAIN_AFTER + 2 });
    // cross-validated over the organisation's coded segments only: n is theirs
    expect(nl.measured.fragments).toBe(RETRAIN_AFTER + 2);
    expect(nl.measured.byGroup.find((g: { group: string }) => g.group === 'COL').n).toBe(RETRAIN_AFTER + 2);
  }, 120_000);

  it("never learns from another organisation's text: not its words, not its segments, unless the Agency shares its own source", async () => {
    const probe = 'Zwanenhalsflamingo doet nu ook mee.';
    // organisation B and the Agency: A's coordinator coded this, so neither learned it
    for (const who of ['coordB', 'analyst']) {
      const res = await suggest(who, probe);
      expect(wordsOf(res), who).not.toContain('zwanenhalsflamingo');
      expect(
        res.flatMap((s) => s.examples).some((e) => e.segmentId && segmentsOf['Gesprekken A']!.includes(e.segmentId)),
        who,
      ).toBe(false);
    }

    // the Agency adds its own case description to organisation B's project and its analyst codes it:
    // B and the Agency learn it, A does not
    const quail = 'Het bedrijf Kwartelkoning biedt onze studenten nu ook stageplaatsen aan.';
    const sentences = Array.from(
      { length: RETRAIN_AFTER + 2 },
      (_, i) => `Kwartelkoning neemt nu ${i + 2} studenten per jaar aan als leerling in de werkplaats.`,
    );
    const sourceB = await codeSource('analyst', w.projectB.id, 'Interviews B', sentences, 'COL.labour_market', 'admin');
    const report = await trainDueModels(t.app.deps, { codebooks: ['typology'], languages: ['nl'] });
    expect(report.trained.map((r) => r.scope).sort()).toEqual(['agency', `organisation:${w.orgB.id}`].sort());
    for (const who of ['coordB', 'analyst']) expect(wordsOf(await suggest(who, quail)), who).toContain('kwartelkoning');
    const forA = await suggest('coordA', quail);
    expect(wordsOf(forA)).not.toContain('kwartelkoning');
    expect(forA.flatMap((s) => s.examples).some((e) => e.sourceId === sourceB)).toBe(false);

    // only the NA admin shares, and only a source the Agency's staff added
    const sourceA = (await t.database.db.selectFrom('sources').select('id').where('project_id', '=', w.projectA.id).executeTakeFirstOrThrow()).id;
    expect((await call('PATCH', `/api/v1/sources/${sourceB}`, 'coordB', { agencyShared: true })).statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/sources/${sourceB}`, 'analyst', { agencyShared: true })).statusCode).toBe(403);
    expect((await call('PATCH', `/api/v1/sources/${sourceA}`, 'admin', { agencyShared: true })).json().code).toBe('source.share_not_allowed');
    const shared = await call('PATCH', `/api/v1/sources/${sourceB}`, 'admin', { agencyShared: true });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json().agencyShared).toBe(true);

    const again = await trainDueModels(t.app.deps, { codebooks: ['typology'], languages: ['nl'] });
    expect(again.trained.map((r) => r.scope)).toContain(`organisation:${w.orgA.id}`);
    const sharedWithA = await suggest('coordA', quail);
    expect(wordsOf(sharedWithA)).toContain('kwartelkoning');
    // shared for learning, still not A's to read: B's segments are never shown to A as examples
    expect(sharedWithA.flatMap((s) => s.examples).some((e) => e.sourceId === sourceB)).toBe(false);
  }, 180_000);

  it('shows the figures only for codebooks the caller may see', async () => {
    expect((await call('GET', `/api/v1/codebooks/${typologyId}/suggestion-models`)).statusCode).toBe(401);
    const own = await call('POST', '/api/v1/codebooks', 'coordB', { key: 'beta-eigen', nl: 'Eigen codes', en: 'Own codes' });
    expect(own.statusCode, own.body).toBe(201);
    expect((await call('GET', `/api/v1/codebooks/${own.json().id}/suggestion-models`, 'coordA')).statusCode).toBe(404);
    const forB = (await call('GET', `/api/v1/codebooks/${own.json().id}/suggestion-models`, 'coordB')).json();
    expect(forB.models.map((m: { source: string }) => m.source)).toEqual(['none', 'none']);
    expect((await call('POST', '/api/v1/coding/suggest', 'coordA', { text: 'x', lang: 'nl', codebook: 'beta-eigen' })).statusCode).toBe(404);
  });
});
