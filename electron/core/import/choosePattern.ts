import type { Marker, PatternId } from './markerTypes';

/**
 * Which pattern marks this document's talks, decided the way a reader
 * decides it: the one that repeats, whose lines look like talk titles
 * (a title of a few words, with speakers, a time, a number or a kind before
 * it, a video or slides beside it), never section labels ("Day 1",
 * "Keynotes"), and that partitions the text rather than sitting in one
 * corner of it.
 */
export interface PatternScore {
  pattern: PatternId;
  /** Candidates that would become talks. */
  talks: number;
  score: number;
}

/** Below this, nothing in the document marks talks: it is one talk's notes. */
export const MIN_SCORE = 0.5;

export function scorePatterns(
  markers: Map<PatternId, Marker[]>,
  sentenceTalks: number,
  blockCount: number,
): PatternScore[] {
  const scores: PatternScore[] = [];
  for (const [pattern, all] of markers) {
    const candidates = talkMarkers(all);
    if (candidates.length === 0) continue;
    const evidence = candidates.filter(hasEvidence).length / candidates.length;
    const quality = candidates.reduce((sum, m) => sum + talkLikeness(m), 0);
    const heading = pattern.startsWith('heading-');
    if (heading && opensOneTalk(candidates)) continue;
    // Headings are structure by themselves; other blocks must show why they would be talks.
    const weight = heading ? Math.max(0.15, evidence) : evidence;
    const repeats = candidates.length >= 2 ? 1 : hasEvidence(candidates[0]) ? 0.8 : 0.3;
    const spread = spreadOf(candidates, blockCount);
    scores.push({
      pattern,
      talks: candidates.length,
      score: quality * weight * repeats * (0.6 + 0.4 * spread),
    });
  }
  if (sentenceTalks > 0) {
    scores.push({
      pattern: 'sentences',
      talks: sentenceTalks,
      score: sentenceTalks >= 2 ? sentenceTalks * 0.6 : 0.3,
    });
  }
  return scores.sort((a, b) => b.score - a.score);
}

/**
 * The candidates of a pattern that are talks: section labels never are, and
 * when most candidates share a mark (a time, a number, speakers), one
 * without it is a section of another kind ("Notes on the venue" among
 * "10:30 Speaker - Title" headings).
 */
export function talkMarkers(markers: Marker[]): Marker[] {
  const candidates = markers.filter((m) => !m.section);
  if (candidates.length < 3) return candidates;
  for (const mark of [(m: Marker) => Boolean(m.line.time), (m: Marker) => m.line.numbered]) {
    const share = candidates.filter(mark).length / candidates.length;
    if (share >= 0.7 && share < 1) return candidates.filter(mark);
  }
  return candidates;
}

/**
 * A note that opens with its talk's line ("# Title - Speaker") and whose later
 * headings of that level carry nothing of a talk (no speaker, time, number,
 * kind or video) is that one talk; the later headings are its sections.
 */
function opensOneTalk(candidates: Marker[]): boolean {
  const [first, ...others] = candidates;
  return (
    first.block === 0 &&
    first.line.speakers.length > 0 &&
    others.length > 0 &&
    !others.some(hasEvidence)
  );
}

function hasEvidence(marker: Marker): boolean {
  const { line } = marker;
  return (
    line.speakers.length > 0 || Boolean(line.time) || line.numbered || line.kinded || marker.linked
  );
}

/** 0–1: how much the line reads as a talk's title. */
function talkLikeness(marker: Marker): number {
  const { line } = marker;
  const words = line.title.split(/\s+/).filter(Boolean).length;
  const titleLike =
    words === 0
      ? 0.2
      : words <= 25 && !/[.;]$/.test(line.title) && !/^https?:\/\//.test(line.title)
        ? 1
        : 0.2;
  return (
    0.4 * titleLike +
    (line.speakers.length > 0 ? 0.35 : 0) +
    (line.time || line.numbered || line.kinded ? 0.15 : 0) +
    (marker.linked ? 0.1 : 0)
  );
}

/** 0–1: how far apart the candidates are, first to last, over the document. */
function spreadOf(markers: Marker[], blockCount: number): number {
  if (markers.length < 2 || blockCount < 2) return 0.5;
  const first = markers[0].block;
  const last = markers[markers.length - 1].block;
  return Math.min(1, (last - first + 1) / (blockCount * 0.5));
}
