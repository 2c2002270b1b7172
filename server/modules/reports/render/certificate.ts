import pdfmake from 'pdfmake';
import type { Locale } from '../../../../shared/reference.js';
import type { ActivityView } from '../../../../shared/schemas.js';
import { longDate } from '../texts.js';
import './pdf.js'; // pdfmake's fonts and access rules

// The certificate of participation as one A4 page: who took part in what, when and where, their
// own learning goals with how far they reached them by their own answers, and the code to check it.

export interface CertificateContent {
  lang: Locale;
  name: string;
  projectTitle: string;
  organisationName: string;
  activity: ActivityView | null;
  startDate: string | null;
  endDate: string | null;
  hosts: { name: string; city: string | null; country: string }[];
  goals: {
    text: string;
    cefrNow: string | null;
    cefrTarget: string | null;
    reachedAtT1: number | null;
    stateT0: number | null;
    stateT1: number | null;
  }[];
  code: string;
  verifyUrl: string;
  issuedAt: string;
}

const TEXTS = {
  nl: {
    title: 'Certificaat van deelname',
    certifies: 'Hierbij verklaren wij dat',
    tookPart: 'heeft deelgenomen aan',
    inProject: (project: string, organisation: string) => `in het Erasmus+-project ‘${project}’ van ${organisation}`,
    dates: 'Periode',
    host: 'Gastorganisatie',
    goals: 'Eigen leerdoelen en hoe ver ze zijn bereikt',
    noGoals: 'Er zijn geen eigen leerdoelen vastgelegd.',
    reached: (n: number) => `Eigen oordeel bij terugkomst: ${n} van 5 (${SCALE.nl[n - 1]})`,
    change: (a: number, b: number) => `Eigen stand vooraf en bij terugkomst: ${a} → ${b} (van 5)`,
    level: (now: string, target: string) => `Taalniveau bij de start ${now}, doel ${target}`,
    notAssessed: 'Nog niet beoordeeld.',
    code: 'Verificatiecode',
    verify: (url: string) => `Controleer dit certificaat op ${url}`,
    issued: (d: string) => `Uitgegeven op ${d} door Impact Monitor.`,
  },
  en: {
    title: 'Certificate of participation',
    certifies: 'This is to certify that',
    tookPart: 'took part in',
    inProject: (project: string, organisation: string) => `in the Erasmus+ project ‘${project}’ of ${organisation}`,
    dates: 'Period',
    host: 'Host organisation',
    goals: 'Own learning goals and how far they were reached',
    noGoals: 'No learning goals of their own were recorded.',
    reached: (n: number) => `Own judgement on return: ${n} of 5 (${SCALE.en[n - 1]})`,
    change: (a: number, b: number) => `Own standing before and on return: ${a} → ${b} (of 5)`,
    level: (now: string, target: string) => `Language level at the start ${now}, aim ${target}`,
    notAssessed: 'Not assessed yet.',
    code: 'Verification code',
    verify: (url: string) => `Check this certificate at ${url}`,
    issued: (d: string) => `Issued on ${d} by Impact Monitor.`,
  },
};
const SCALE = {
  nl: ['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens'],
  en: ['strongly disagree', 'disagree', 'neutral', 'agree', 'strongly agree'],
};

export function renderCertificate(c: CertificateContent): Promise<Buffer> {
  const t = TEXTS[c.lang];
  const period = c.startDate || c.endDate ? [c.startDate, c.endDate].map((d) => (d ? longDate(d, c.lang) : '?')).join(' – ') : null;
  const hosts = c.hosts.length
    ? c.hosts.map((h) => [h.name, h.city, h.country].filter(Boolean).join(', ')).join('; ')
    : [c.activity?.destinationCity, c.activity?.destinationCountry].filter(Boolean).join(', ');
  const goalLines = c.goals.map((g) => {
    const how = [
      g.reachedAtT1 !== null ? t.reached(g.reachedAtT1) : null,
      g.stateT0 !== null && g.stateT1 !== null ? t.change(g.stateT0, g.stateT1) : null,
      g.cefrNow || g.cefrTarget ? t.level(g.cefrNow ?? '?', g.cefrTarget ?? '?') : null,
    ].filter(Boolean);
    return {
      stack: [
        { text: g.text, bold: true },
        { text: how.length ? how.join('. ') : t.notAssessed, fontSize: 9.5, color: '#495057' },
      ],
      margin: [0, 0, 0, 6],
    };
  });
  const facts = [...(period ? [[{ text: t.dates, bold: true }, period]] : []), ...(hosts ? [[{ text: t.host, bold: true }, hosts]] : [])];
  return pdfmake
    .createPdf({
      info: { title: `${t.title}: ${c.name}`, creator: 'Impact Monitor' },
      language: c.lang === 'nl' ? 'nl-NL' : 'en-GB',
      pageSize: 'A4',
      pageMargins: [64, 72, 64, 64],
      defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.3 },
      content: [
        { text: t.title, fontSize: 26, bold: true, color: '#0b3d62', alignment: 'center', margin: [0, 0, 0, 28] },
        { text: t.certifies, alignment: 'center' },
        { text: c.name, fontSize: 20, bold: true, alignment: 'center', margin: [0, 8, 0, 8] },
        { text: t.tookPart, alignment: 'center' },
        { text: c.activity?.title ?? c.projectTitle, fontSize: 15, bold: true, alignment: 'center', margin: [0, 6, 0, 4] },
        { text: t.inProject(c.projectTitle, c.organisationName), alignment: 'center', margin: [0, 0, 0, 22] },
        ...(facts.length ? [{ table: { widths: [130, '*'], body: facts }, layout: 'noBorders', margin: [0, 0, 0, 18] }] : []),
        { text: t.goals, fontSize: 13, bold: true, color: '#0b3d62', margin: [0, 0, 0, 8] },
        ...(goalLines.length ? goalLines : [{ text: t.noGoals, italics: true }]),
        { text: `${t.code}: ${c.code}`, fontSize: 13, bold: true, margin: [0, 24, 0, 4] },
        { text: t.verify(c.verifyUrl), fontSize: 9.5 },
        { text: t.issued(longDate(c.issuedAt, c.lang)), fontSize: 9.5, color: '#495057', margin: [0, 4, 0, 0] },
      ],
    })
    .getBuffer();
}
