import type { SuggestLanguage } from './suggest.js';

// Function words: articles, pronouns, prepositions, conjunctions, auxiliaries and the small
// adverbs of speech ("nu", "ook", "wel", "really"). They carry no finding, so a suggestion never
// names one as the word that led to it, and the learner may leave them out of its features.
// Written as normalizeWord (suggest.ts) leaves them: lower case, no diacritics or apostrophes.

const NL = `
de het een der den des
ik je jij u hij zij ze wij we jullie zich mij me mijn jouw uw zijn haar ons onze hun hen hem
dit dat deze die wat wie welk welke waar wanneer hoe waarom waardoor waarmee waarin waarvan
er hier daar daarna daarom daarmee daarin daarvan daarbij daarop toen dan nu straks
en of maar want dus omdat doordat als zoals terwijl hoewel tot totdat voordat nadat zodat
in op aan bij met van voor na naar uit om over onder tussen door tegen zonder binnen buiten
te tot sinds vanaf via per rond langs achter boven naast
is ben bent was waren wordt worden werd werden zijn zijt geweest heb hebt heeft hebben had hadden
kan kun kunt kunnen kon konden zal zult zullen zou zouden moet moeten moest wil wilt willen wilde
mag mogen doe doet doen deed gedaan ga gaat gaan ging gingen gegaan word
niet geen wel ook nog al alleen even heel erg echt gewoon zo toch eigenlijk misschien weer
meer minder veel weinig beetje iets niets niks alles iemand niemand iedereen elk elke ieder iedere
andere ander anders zelf zelfs eens steeds altijd nooit vaak soms ja nee oke nou hoor he
`;

const EN = `
a an the
i me my mine myself you your yours yourself he him his himself she her hers herself it its itself
we us our ours ourselves they them their theirs themselves one
this that these those what which who whom whose where when how why there here
and or but so because as if than then while though although until unless since whether
in on at by with of for to from into onto out over under between through during before after
about against without within among around across along up down off near
is am are was were be been being have has had having do does did done doing
can could will would shall should may might must
not no nor yes also only just even still very really quite rather too again ever never always
more most less much many few some any all each every other another such own same
now well okay oh yeah like something nothing anything everything someone everyone
dont didnt doesnt isnt wasnt arent werent cant couldnt wont wouldnt im ive id were theyre thats
`;

const words = (list: string) => new Set(list.split(/\s+/u).filter(Boolean));
const STOP_WORDS: Record<SuggestLanguage, Set<string>> = { nl: words(NL), en: words(EN) };

/** Whether a normalised word is a function word of the language. */
export const isStopWord = (norm: string, lang: SuggestLanguage): boolean => STOP_WORDS[lang].has(norm);
