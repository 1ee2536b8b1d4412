import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SearchHit } from '../../shared/ipc/search';
import { findOccurrence } from '../../shared/search/highlight';
import { api, errorMessage } from '../api';
import { Modal } from '../ui/Modal';
import { imageOffset, revealPhoto } from '../slides/slideImageLocation';
import { SlideHitSnippet } from '../slides/SlideHitSnippet';
import { Highlighted } from './Highlighted';
import type { PanelProps } from './panelTypes';
import { queryChips, removeChip } from './queryChips';

/** Enough hits to scan by eye; a narrower query beats scrolling. */
const PAGE = 30;
/** Fast typing asks at most this often; a key after a pause asks at once. */
const QUERY_INTERVAL_MS = 60;

/**
 * Ctrl/Cmd+Shift+F: results as you type, grouped by conference, filters as
 * removable chips, arrows to move, Enter to open the talk at the match.
 */
export function SearchPanel({ open, onClose, tree, showTalks }: PanelProps): ReactNode {
  const [query, setQuery] = useState('');
  const [found, setHits] = useState<SearchHit[]>([]);
  const [foundTotal, setTotal] = useState(0);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string>();
  /** Bumped to ask again while the index is still being built. */
  const [attempt, setAttempt] = useState(0);
  const lastAsked = useRef(-Infinity);

  useEffect(() => {
    if (!query.trim()) return undefined;
    let live = true;
    // The first key after a pause asks at once (the first result paints within the round
    // trip); keys typed faster than the interval send one query for the lot, not one per key.
    const wait = Math.max(0, lastAsked.current + QUERY_INTERVAL_MS - performance.now());
    const ask = () => {
      lastAsked.current = performance.now();
      api()
        .search.query({ query, limit: PAGE })
        .then(
          (result) => {
            if (!live) return;
            // The first index build is still running: show what there is, and ask again shortly.
            if (result.indexing) setTimeout(() => live && setAttempt((n) => n + 1), 400);
            setHits(result.hits);
            setTotal(result.total);
            setActive(0);
            setError(undefined);
          },
          (failure: unknown) => live && setError(errorMessage(failure)),
        );
    };
    const timer = wait > 0 ? setTimeout(ask, wait) : undefined;
    if (!timer) ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, attempt]);

  // An empty box shows nothing, whatever the last query found.
  const hits = useMemo(() => (query.trim() ? found : []), [query, found]);
  const total = query.trim() ? foundTotal : 0;
  const groups = useMemo(() => {
    const byConference = new Map<
      string,
      { title: string; hits: Array<{ hit: SearchHit; index: number }> }
    >();
    hits.forEach((hit, index) => {
      const group = byConference.get(hit.conferenceId) ?? { title: hit.conference, hits: [] };
      group.hits.push({ hit, index });
      byConference.set(hit.conferenceId, group);
    });
    return [...byConference.entries()];
  }, [hits]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    const { match, slide } = hit;
    void open({ entity: 'talk', id: hit.talkId }, (pane) => {
      // Found on a slide photo: open at the photo (once the panel has given focus back).
      if (slide && document.querySelector('.cn-image-img')) {
        requestAnimationFrame(() => revealPhoto(slide.src));
        return;
      }
      const photoAt = slide ? imageOffset(pane.markdown(), slide.src) : -1;
      if (photoAt >= 0) return pane.scrollToOffset(photoAt);
      if (!match) return pane.focusNotes();
      // The hit counts in plain text; the editor's blocks count in Markdown. The same
      // occurrence of the same word is found in both, so look it up in the Markdown.
      const at = findOccurrence(pane.markdown(), match.text, match.occurrence);
      pane.scrollToOffset(at >= 0 ? at : match.textOffset, [match.text]);
    });
  };
  const people = [...new Set(hits.flatMap((hit) => hit.speakers))].slice(0, 5);
  const tags = [...new Set(hits.flatMap((hit) => hit.tags))].slice(0, 5);

  const years = [
    ...new Set((tree?.conferences ?? []).map((c) => c.meta.starts?.slice(0, 4)).filter(Boolean)),
  ].slice(0, 6);
  return (
    <Modal label="Search" onClose={onClose} className="search-panel">
      <input
        type="search"
        aria-label="Search notes"
        role="searchbox"
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
        autoFocus
        placeholder='slo speaker:"Liz Fong-Jones" tag:security year:2022 -excluded'
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive((at) => Math.min(at + 1, hits.length - 1));
          else if (event.key === 'ArrowUp') setActive((at) => Math.max(at - 1, 0));
          else if (event.key === 'Enter') choose(hits[active]);
          else return;
          event.preventDefault();
        }}
      />
      <div className="chips" aria-label="Filters">
        {queryChips(query).map((chip) => (
          <button
            key={chip.text}
            type="button"
            className="chip active"
            aria-label={`Remove filter ${chip.text}`}
            onClick={() => setQuery(removeChip(query, chip))}
          >
            {chip.text} ×
          </button>
        ))}
        {years.map((year) => (
          <button
            key={year}
            type="button"
            className="chip"
            onClick={() => setQuery(`${query.trim()} year:${year}`.trim())}
          >
            year:{year}
          </button>
        ))}
      </div>
      {people.length || tags.length ? (
        <nav className="chips" aria-label="Speakers and tags in the results">
          {people.map((name) => (
            <button
              key={`speaker:${name}`}
              type="button"
              className="chip"
              aria-label={`All talks by ${name}`}
              onClick={() => showTalks({ by: 'speaker', value: name })}
            >
              {name}
            </button>
          ))}
          {tags.map((tag) => (
            <button
              key={`tag:${tag}`}
              type="button"
              className="chip"
              aria-label={`All talks tagged ${tag}`}
              onClick={() => showTalks({ by: 'tag', value: tag })}
            >
              #{tag}
            </button>
          ))}
        </nav>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <p className="result-count" aria-live="polite">
        {query.trim() ? `${total} result${total === 1 ? '' : 's'}` : ''}
      </p>
      <div id="search-results" role="listbox" aria-label="Results">
        {groups.map(([conferenceId, group]) => (
          <div role="group" aria-label={group.title} key={conferenceId}>
            <div className="group-title" aria-hidden="true">
              {group.title}
            </div>
            {group.hits.map(({ hit, index }) => (
              <div
                key={hit.talkId}
                id={`hit-${index}`}
                role="option"
                aria-selected={index === active}
                className="hit"
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(hit);
                }}
              >
                <div className="hit-title">
                  {hit.title}
                  {hit.speakers.length ? (
                    <span className="entry-detail"> — {hit.speakers.join(', ')}</span>
                  ) : null}
                </div>
                <div className="hit-snippet">
                  {hit.slide ? (
                    <SlideHitSnippet hit={hit} slide={hit.slide} />
                  ) : (
                    <Highlighted text={hit.snippet} ranges={hit.highlights} />
                  )}
                </div>
              </div>
            ))}
          </div>
        ))}
      </div>
    </Modal>
  );
}
