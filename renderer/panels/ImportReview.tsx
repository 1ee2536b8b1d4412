import type { ReactNode } from 'react';
import type { ImportReport } from '../../shared/ipc/import';
import type { ImportCorrections as Review } from '../../shared/ipc/importReview';
import { conferenceEdit, withConferenceEdit, withMarker } from './importReviewEdits';
import { MarkerChoice } from './MarkerChoice';
import { ReviewTalk } from './ReviewTalk';

/**
 * What an import found, to check and correct before anything is written:
 * each conference with its title and year and what marks its talks, each
 * talk with its speakers and first line. `onChange` gets the new review and
 * whether the talks must be read again (a new preview).
 */
export function ImportReview({
  report,
  review,
  disabled,
  onChange,
}: {
  report: ImportReport;
  review: Review;
  disabled: boolean;
  onChange: (review: Review, reread: boolean) => void;
}): ReactNode {
  return (
    <div className="import-preview" role="region" aria-label="Import preview">
      {report.conferences.map((conference, index) => {
        const edit = conferenceEdit(review, conference.source);
        const year = edit?.year ?? (conference.starts ? Number(conference.starts.slice(0, 4)) : '');
        const name = edit?.title ?? conference.title;
        return (
          <section
            key={conference.source}
            className="review-conference"
            aria-label={`Conference ${index + 1}: ${name}`}
          >
            <div className="review-conference-head">
              <label>
                Conference {index + 1} title
                <input
                  value={name}
                  disabled={disabled || !conference.created}
                  onChange={(event) =>
                    onChange(
                      withConferenceEdit(review, conference.source, {
                        title: event.target.value.trim() ? event.target.value : undefined,
                      }),
                      false,
                    )
                  }
                />
              </label>
              <label>
                Conference {index + 1} year
                <input
                  type="number"
                  min={1900}
                  max={2200}
                  value={year}
                  disabled={disabled || !conference.created}
                  onChange={(event) => {
                    const value = Number(event.target.value);
                    onChange(
                      withConferenceEdit(review, conference.source, {
                        year: Number.isInteger(value) && value >= 1900 ? value : undefined,
                      }),
                      false,
                    );
                  }}
                />
              </label>
              <span className="entry-detail">
                {conference.created ? 'new' : 'existing'}, {conference.talks.length} talk(s)
              </span>
            </div>
            {conference.reading ? (
              <MarkerChoice
                reading={conference.reading}
                label="Talks are marked by"
                disabled={disabled}
                onChoose={(marker) =>
                  onChange(withMarker(review, conference.reading!.post, marker), true)
                }
              />
            ) : null}
            <ol className="review-talks">
              {conference.talks.map((talk, talkIndex) => (
                <ReviewTalk
                  key={talk.source}
                  talk={talk}
                  number={talkIndex + 1}
                  review={review}
                  disabled={disabled}
                  onChange={onChange}
                />
              ))}
            </ol>
          </section>
        );
      })}
      {report.skipped.map((item) => (
        <p key={`${item.source}:${item.reason}`} className="warning">
          {item.source}: {item.reason}
        </p>
      ))}
    </div>
  );
}
