// Transcript markup that says who speaks or when, never what changed: speaker labels
// ("Interviewer:", "Teamleider:", "Docent 2:"), timestamps ("[00:12:34]", "(1:02)") and editorial
// marks in brackets ("[lacht]", "<inaudible>", "(pauze)"). A coder skips them when reading; the
// suggesters must too, or "Teamleider:" at the start of every turn reads as a career move.
//
// The markup is blanked out with spaces rather than removed, so that every offset into the text
// stays valid and the words a suggestion quotes are still found where the coder sees them.

/** Role words that open a turn wherever they stand, also in lower case and mid-line. */
const ROLE_WORDS = [
  // nl
  'interviewer',
  'interviewster',
  'geïnterviewde',
  'respondent',
  'docent',
  'leerkracht',
  'leraar',
  'lerares',
  'teamleider',
  'directeur',
  'directrice',
  'coördinator',
  'coordinator',
  'mentor',
  'student',
  'studente',
  'leerling',
  'cursist',
  'deelnemer',
  'deelneemster',
  'trainer',
  'vrijwilliger',
  'begeleider',
  'ouder',
  'moderator',
  'gespreksleider',
  'spreker',
  'vraag',
  'antwoord',
  // en
  'interviewee',
  'teacher',
  'headteacher',
  'principal',
  'manager',
  'participant',
  'learner',
  'volunteer',
  'speaker',
  'question',
  'answer',
];
/** Editorial marks in round brackets; other parentheses are the speaker's own words and stay. */
const MARKS = [
  'lacht',
  'lachen',
  'gelach',
  'pauze',
  'stilte',
  'zucht',
  'onverstaanbaar',
  'onduidelijk',
  'door elkaar',
  'inaudible',
  'unclear',
  'laughs',
  'laughter',
  'laughing',
  'pause',
  'silence',
  'sighs',
  'crosstalk',
  'coughs',
];

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const role = ROLE_WORDS.join('|');
const marks = MARKS.map((m) => m.replace(' ', String.raw`\s+`)).join('|');

// A turn at the start of a line: optional bullet or bold, optional timestamp, then one to three
// words (the first capitalised, or a role word), optionally numbered, and a colon before a space.
const LINE_LABEL = new RegExp(
  String.raw`^([ \t]*(?:[-*•>][ \t]*)?(?:\*\*)?(?:[\[(]?${TIME}[\])]?[ \t]*)?)` +
    String.raw`((?:\p{Lu}[\p{L}\p{M}'’.\-]*|(?:${role}))(?:[ \t]+(?:[\p{L}\p{M}'’.\-]+|\d{1,3})){0,2}[ \t]*\d{0,3}[ \t]*(?:\*\*)?:(?:\*\*)?)(?=\s|$)`,
  'gmu',
);
// A role word with a colon anywhere ("... toen. Interviewer: en daarna?").
const ROLE_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${role})(?:[ \t]+\d{1,3}|[ \t]+\p{Lu}\.?)?[ \t]*:(?=\s|$)`, 'giu');
const TIMESTAMP = new RegExp(String.raw`[\[(]${TIME}[\])]|(?<![\p{L}\p{N}:])${TIME}(?![\p{L}\p{N}:])`, 'gu');
const BRACKETED = /\[[^\]\n]{0,80}\]|<[^>\n]{0,80}>|\{[^}\n]{0,80}\}/gu;
const MARK = new RegExp(String.raw`\((?:${marks})[^)\n]{0,40}\)`, 'giu');

const blank = (s: string) => s.replace(/[^\n]/gu, ' ');

/** The text with speaker labels, timestamps and bracketed markup replaced by spaces (same length, same offsets). */
export function blankTranscriptMarkup(text: string): string {
  return text
    .replace(BRACKETED, blank)
    .replace(MARK, blank)
    .replace(TIMESTAMP, blank)
    .replace(LINE_LABEL, (_, lead: string, label: string) => blank(lead) + blank(label))
    .replace(ROLE_LABEL, blank);
}
