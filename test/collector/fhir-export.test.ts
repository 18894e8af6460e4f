/**
 * The collector's FHIR export as a practice's EHR receives it: every resource valid FHIR R4, each survey version the
 * responses answer present as a Questionnaire, each response answering its Questionnaire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuestionnaireResponse } from '../../src/core/fhir.js';
import type { Questionnaire } from '../../src/core/fhir-questionnaire.js';
import { questionnaireProblems, responseProblems, schemaErrors } from '../unit/fhir-conformance.js';
import { practiceSurvey } from '../fixtures/practice-survey.js';
import { addSurvey, firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';

interface Bundle {
  resourceType: 'Bundle';
  entry: { fullUrl: string; resource: Questionnaire | QuestionnaireResponse }[];
}

let app: Running;
const posted = [
  firstImpression({
    lang: 'es',
    answers: { overall: 'dont-know', 'front-desk': 'good', listened: 'partly', comments: 'Todo bien, ¡gracias! 😀' },
  }),
  whatWentWrong(),
  whatWentWrong({ lang: 'es' }, false),
  firstImpression({ answers: { overall: 'very-poor' } }),
  // A survey this collector has no definition of: kept, its answers unchecked; exported with no Questionnaire.
  firstImpression({ survey: { id: 'front-desk-pilot', version: '2' }, answers: { mood: 'fine', topics: ['parking'] } }),
];

beforeAll(async () => {
  app = await startCollector();
  for (const s of posted) expect((await post(app.url, s)).status).toBe(201);
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
});

async function exported(query = ''): Promise<Bundle> {
  const res = await app.staffFetch(`/api/feedback/export.fhir.json${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Bundle;
}

const split = (bundle: Bundle) => ({
  responses: bundle.entry.flatMap((e) => (e.resource.resourceType === 'QuestionnaireResponse' ? [e.resource] : [])),
  questionnaires: bundle.entry.flatMap((e) => (e.resource.resourceType === 'Questionnaire' ? [e.resource] : [])),
});

describe('the FHIR export of the collector', () => {
  it('holds the responses, then a Questionnaire per survey version they answer; every resource valid FHIR R4', async () => {
    const bundle = await exported();
    const { responses, questionnaires } = split(bundle);
    expect(responses.map((r) => r.id)).toEqual(posted.map((s) => s.id));
    expect(questionnaires.map((q) => `${q.url}|${q.version}`)).toEqual([
      'urn:patient-feedback:survey:first-impression|1',
      'urn:patient-feedback:survey:what-went-wrong|1',
    ]);
    expect(bundle.entry.map((e) => e.resource.resourceType).slice(-2)).toEqual(['Questionnaire', 'Questionnaire']);
    expect(bundle.entry.map((e) => e.fullUrl)).toEqual(bundle.entry.map((e) => `urn:uuid:${e.resource.id}`));
    expect(schemaErrors(bundle)).toEqual([]);
    for (const { resource } of bundle.entry) expect(schemaErrors(resource), resource.id).toEqual([]);
    for (const q of questionnaires) expect(questionnaireProblems(q), q.name).toEqual([]);
  });

  it('has each response answer its Questionnaire, and names the one it has no definition for', async () => {
    const { responses, questionnaires } = split(await exported());
    for (const response of responses) {
      const q = questionnaires.find((x) => response.questionnaire === `${x.url}|${x.version}`);
      if (response.id === posted[4]!.id) {
        expect(response.questionnaire).toBe('urn:patient-feedback:survey:front-desk-pilot|2');
        expect(q).toBeUndefined();
        continue;
      }
      expect(q, response.questionnaire).toBeDefined();
      expect(responseProblems(response, q!), response.id).toEqual([]);
    }
  });

  it('keeps each Questionnaire the same from one export to the next, and holds only those a filtered export uses', async () => {
    const all = split(await exported()).questionnaires;
    const recoveries = await exported('?kind=what-went-wrong');
    expect(split(recoveries).questionnaires).toEqual(all.filter((q) => q.name === 'WhatWentWrong'));
    expect(split(recoveries).responses.map((r) => r.id)).toEqual([posted[1]!.id, posted[2]!.id]);
    expect(schemaErrors(recoveries)).toEqual([]);
  });

  it("holds the Questionnaire of a practice's own survey the collector knows, and each response answers it", async () => {
    const own = await startCollector();
    try {
      await addSurvey(own, practiceSurvey);
      const sent = firstImpression({
        survey: { id: practiceSurvey.id, version: practiceSurvey.version },
        answers: { overall: '6', 'visit-for': ['emergency'], pain: 'no' },
      });
      expect((await post(own.url, sent)).status).toBe(201);
      const bundle = (await (await own.staffFetch('/api/feedback/export.fhir.json')).json()) as Bundle;
      const { responses, questionnaires } = split(bundle);
      const q = questionnaires.find((x) => x.url === `urn:patient-feedback:survey:${practiceSurvey.id}`);
      expect(q?.version).toBe(practiceSurvey.version);
      expect(schemaErrors(bundle)).toEqual([]);
      expect(questionnaireProblems(q!)).toEqual([]);
      expect(responseProblems(responses[0]!, q!)).toEqual([]);
    } finally {
      await own.stop();
      removeDir(own.dir);
    }
  });
});
