import { parseArgs } from 'node:util';
import { TALK_KINDS, type TalkKind } from '../../../shared/schemas';
import { markHighlights } from '../../../shared/search/highlight';
import type { SearchFilters } from '../../../shared/search/types';
import { CliError, type CliCommand } from '../command';

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search the notes of every conference',
  usage: `Usage: confnotes search QUERY [--conference X] [--year N] [--speaker S] [--tag T]
                       [--kind K] [--open] [--limit N] [--json]

  QUERY          words (prefix and typo tolerant), "exact phrases", -excluded,
                 and filters: speaker:"Liz Fong-Jones" tag:security year:2022
                 year:2019..2021 conference:devops kind:keynote is:open
                 in:slides (words read from slide photos) in:notes (the rest)
  --conference   conference id, folder or title words (repeatable)
  --year         year of the conference (repeatable)
  --speaker      speaker name or part of it (repeatable)
  --tag          tag of the talk or its conference (repeatable)
  --kind         ${TALK_KINDS.join(' | ')} (repeatable)
  --open         only talks with open action items (- [ ])
  --limit        at most N results (default 20, at most 500)
  --json         prints an array of {talkId, conferenceId, title, conference,
                 speakers, score, snippet, slide?}, best first; the snippet marks
                 matched words as **term**; slide is the photo's src when the
                 snippet was read from a slide

  Slides are searched as far as the app (or confnotes reindex) has read them.`,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        conference: { type: 'string', multiple: true },
        year: { type: 'string', multiple: true },
        speaker: { type: 'string', multiple: true },
        tag: { type: 'string', multiple: true },
        kind: { type: 'string', multiple: true },
        open: { type: 'boolean' },
        limit: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    const query = positionals.join(' ');
    const filters: SearchFilters = {
      conference: values.conference,
      year: values.year?.map(parseYear),
      speaker: values.speaker,
      tag: values.tag,
      kind: values.kind?.map(parseKind),
      open: values.open ? true : undefined,
    };
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw new CliError('--limit is a number from 1 to 500.');
    if (!query.trim() && !Object.values(filters).some((v) => v !== undefined)) {
      throw new CliError('give a QUERY or a filter (see confnotes search --help).');
    }

    const { search } = await context.services();
    // A command answers for the whole library: wait until every note is indexed.
    await search.whenIdle();
    const response = await search.query({ query, filters, limit });
    response.parsed.warnings.forEach((warning) => context.err(`confnotes search: ${warning}`));
    const marked = response.hits.map((hit) => ({
      hit,
      snippet: markHighlights(hit.snippet, hit.highlights),
    }));
    if (values.json) {
      const rows = marked.map(({ hit, snippet }) => ({
        talkId: hit.talkId,
        conferenceId: hit.conferenceId,
        title: hit.title,
        conference: hit.conference,
        speakers: hit.speakers,
        score: hit.score,
        snippet,
        ...(hit.slide ? { slide: hit.slide.src } : {}),
      }));
      context.out(JSON.stringify(rows, null, 2));
      return;
    }
    if (marked.length === 0) context.out('No talks found.');
    for (const { hit, snippet } of marked) {
      const speakers = hit.speakers.length > 0 ? ` — ${hit.speakers.join(', ')}` : '';
      context.out(`${hit.title}${speakers}  (${hit.conference})  ${hit.talkId}`);
      if (hit.slide) context.out(`    on a slide (${hit.slide.src}): ${snippet}`);
      else if (snippet) context.out(`    ${snippet}`);
    }
    if (response.total > marked.length)
      context.out(`… ${response.total - marked.length} more (--limit)`);
  },
};

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new CliError(`--year ${value} is not a year.`);
  return Number(value);
}

function parseKind(value: string): TalkKind {
  const kind = TALK_KINDS.find((k) => k === value);
  if (!kind) throw new CliError(`--kind ${value} is not one of ${TALK_KINDS.join(', ')}.`);
  return kind;
}
