import type { ReactNode } from 'react';
import type { ImportedTalk } from '../../shared/ipc/import';
import type { ImportCorrections, TalkMarker } from '../../shared/ipc/importReview';
import { talkEdit, withMarker, withTalkEdit } from './importReviewEdits';
import { MarkerChoice } from './MarkerChoice';

/**
 * One talk in the import's review: what was found (title, speakers, first
 * line) and, behind "Edit", every correction: title, speakers, merge into
 * the talk before, split at one of its parts, leave in the conference notes.
 */
export function ReviewTalk({
  talk,
  number,
  review,
  disabled,
  onChange,
}: {
  talk: ImportedTalk;
  number: number;
  review: ImportCorrections;
  disabled: boolean;
  onChange: (review: ImportCorrections, reread: boolean) => void;
}): ReactNode {
  const edit = talkEdit(review, talk.source);
  const title = edit?.title ?? talk.title;
  const speakers = edit?.speakers ?? talk.speakers.map((s) => s.name).join(', ');
  const change = (patch: Parameters<typeof withTalkEdit>[2], reread: boolean) =>
    onChange(withTalkEdit(review, talk.source, patch), reread);
  return (
    <li className="review-talk">
      <p className="review-talk-summary">
        {title}
        {speakers ? ` — ${speakers}` : ''} <span className="entry-detail">{talk.action}</span>
      </p>
      {talk.firstLine ? <p className="entry-detail review-first-line">{talk.firstLine}</p> : null}
      <details>
        <summary aria-label={`Edit talk ${number}`}>Edit</summary>
        <label>
          Title of talk {number}
          <input
            value={title}
            disabled={disabled}
            onChange={(event) =>
              change({ title: event.target.value.trim() ? event.target.value : undefined }, false)
            }
          />
        </label>
        <label>
          Speakers of talk {number}
          <input
            value={speakers}
            disabled={disabled}
            placeholder="Ann Poe (Acme), Bo Li"
            onChange={(event) => change({ speakers: event.target.value }, false)}
          />
        </label>
        {talk.reading ? (
          <MarkerChoice
            reading={talk.reading}
            label={`Talks in this file are marked by`}
            disabled={disabled}
            onChoose={(marker: TalkMarker) =>
              onChange(withMarker(review, talk.reading!.post, marker), true)
            }
          />
        ) : null}
        <div className="actions" role="group" aria-label={`Change talk ${number}`}>
          {number > 1 ? (
            <button
              type="button"
              disabled={disabled}
              onClick={() => change({ mergeWithPrevious: true }, true)}
            >
              Merge into the talk before
            </button>
          ) : null}
          <button
            type="button"
            disabled={disabled}
            onClick={() => change({ keepInNotes: true }, true)}
          >
            Keep in conference notes
          </button>
          {talk.parts && talk.parts.length > 0 ? (
            <label>
              Split talk {number} at
              <select
                value=""
                disabled={disabled}
                onChange={(event) =>
                  event.target.value && change({ splitAt: event.target.value }, true)
                }
              >
                <option value="">(choose a part)</option>
                {talk.parts.map((part, index) => (
                  <option key={`${index}-${part}`} value={part}>
                    {part.length > 80 ? `${part.slice(0, 79)}…` : part}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      </details>
    </li>
  );
}
