/**
 * Whether a few words read as a person's name, the way a reader decides it
 * without knowing the person: two to five words, each capitalised (or all
 * capitals: "Ana LÓPEZ"), an initial ("J. Doe", "Ann P"), or a particle
 * that belongs inside names ("Jan de Vries", "Paolo De Santis") but never
 * first: a name starts with a given name, so "Le Mans" or "la Nube" is not
 * one. No digits, no sentence, no word that names things rather than people
 * ("The", "Day", "Team"). A company ("Acme", "Blue Owl") is not a name:
 * one word, or words a name never holds.
 */

/** Lower-case words that belong inside names, in the languages people write notes in. */
const PARTICLES = new Set(
  'al bin bint da das de del della dei der di do dos du el la le lo san st ten ter van von y zu'.split(
    ' ',
  ),
);

/** Particles that are articles or prepositions: a name never starts with one ("La Nube", "De Facto"). */
const NEVER_FIRST = new Set(
  'da das de dei della der di do dos du el la le lo ten ter y zu'.split(' '),
);

/** Capitalised words that start titles and sections but never names (several languages). */
const NOT_NAME_WORDS = new Set(
  (
    'the a an and or of for with in on at to from by about how why what when where who is are ' +
    'my our your this that these those day days part session sessions talk talks keynote keynotes ' +
    'workshop workshops panel panels lightning plenary track tools ' +
    'room stage hall intro introduction conclusion summary notes lunch break welcome closing opening ' +
    'team group inc ltd gmbh llc corp company university universität université ' +
    'le la les un une des du et ou pour avec dans sur par ' +
    'der die das ein eine und oder für mit im am zum zur über von ' +
    'el los las una y o para con en por sobre del ' +
    'il gli di per con ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'lunes martes miércoles jueves viernes sábado domingo'
  ).split(' '),
);

/** A capitalised word (O’Dell, Fong-Jones, J., Épardaud), all capitals, or a quoted nickname. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|["“'‘][\p{L}\p{M}\p{N} ._-]+["”'’])$/u;
/** Titles people put before a name. */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;
const MAX_NAME_LENGTH = 60;

export function isPersonName(text: string): boolean {
  const name = text.trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /[\d@/:;!?=<>[\]{}#*_|]/.test(name))
    return false;
  const words = name.split(/\s+/).filter((w, i) => !(i === 0 && HONORIFIC.test(w)));
  if (words.length < 2 || words.length > 5) return false;
  if (NEVER_FIRST.has(words[0].toLowerCase()) || /^\p{Ll}/u.test(words[0])) return false;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/[’'.,-]+$/u, '').toLowerCase();
    const initial = /^\p{Lu}\.$/u.test(word);
    if (!initial && NOT_NAME_WORDS.has(bare) && !PARTICLES.has(bare)) return false;
    if (NAME_WORD.test(word)) capitalised += 1;
    else if (!PARTICLES.has(word.toLowerCase()) || word !== word.toLowerCase()) return false;
  }
  // "Jane Doe." ends a sentence; "John F." ends with an initial.
  const last = words[words.length - 1];
  return capitalised >= 2 && !(last.endsWith('.') && last.length > 2);
}

/**
 * A looser test for text a document itself calls a name ("speaker: thomas
 * fan"): two to five words of letters, in any case, and not a quotation.
 */
export function looksLikeGivenName(text: string): boolean {
  const name = text.trim();
  if (isPersonName(name)) return true;
  if (/^["“”'‘’«]/.test(name) || name.length > MAX_NAME_LENGTH) return false;
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^[\p{L}\p{M}'’.-]+$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()))
  );
}
