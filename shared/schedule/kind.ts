import type { TalkKind } from '../schemas';

/**
 * Schedules name their session types freely ("Lightning Talk", "Hands-on
 * Workshop", "BoF"). Ordered: the first rule whose words appear wins, so a
 * "Keynote panel" is a keynote and a "Workshop talk" a workshop.
 */
const RULES: ReadonlyArray<readonly [RegExp, TalkKind]> = [
  [/\bkey ?note/i, 'keynote'],
  [/\blightning|\bflash talk|\bignite\b|\bpecha/i, 'lightning'],
  [/\bworkshop|\btutorial|\bhands[- ]on|\blab\b|\btraining|\bmasterclass/i, 'workshop'],
  [/\bpanel|\bfireside|\broundtable|\bround table|\bdiscussion|\bq ?& ?a\b|\bama\b/i, 'panel'],
  [
    /\bopen[- ]?space|\bunconference|\bbof\b|\bbirds of a feather|\bmeet-?up|\bhallway/i,
    'open-space',
  ],
  [/\btalk|\blecture|\bpresentation|\bsession|\bvortrag|\bpaper/i, 'talk'],
  [
    /\b(break|lunch|dinner|breakfast|coffee|social|party|registration|welcome|closing|opening)\b/i,
    'other',
  ],
];

/** The talk kind for a schedule's type word; `talk` when the type says nothing known. */
export function kindFromType(type: string | undefined): TalkKind {
  if (!type) return 'talk';
  for (const [pattern, kind] of RULES) if (pattern.test(type)) return kind;
  return 'talk';
}

/** True when the text names a session type at all (so it is not, say, a track name). */
export function isKindWord(text: string): boolean {
  return RULES.some(([pattern]) => pattern.test(text));
}
