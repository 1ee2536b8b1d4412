import { useState, type ReactNode, type Ref } from 'react';
import type { ConferenceMeta, ConferencePatch } from '../../shared/schemas';
import { splitList, TextField } from './fields';
import { HeaderLine, type HeaderFolding } from './HeaderLine';

export interface ConferenceHeaderProps extends HeaderFolding {
  meta: ConferenceMeta;
  onPatch: (patch: ConferencePatch) => void;
  titleRef?: Ref<HTMLInputElement>;
  onDone?: () => void;
}

/** The conference's front matter as a form; its body is the general notes below. */
export function ConferenceHeader({
  meta,
  onPatch,
  titleRef,
  onDone,
  folded = false,
  onFold,
}: ConferenceHeaderProps): ReactNode {
  const [fields, setFields] = useState(meta);
  const [tags, setTags] = useState(meta.tags.join(', '));
  const patch = (change: ConferencePatch, shown: Partial<ConferenceMeta> = change) => {
    setFields((current) => ({ ...current, ...shown }));
    onPatch(change);
  };
  const dates = [fields.starts, fields.ends].filter(Boolean).join(' – ');
  return (
    <>
      <HeaderLine
        kind="conference"
        title={fields.title}
        details={[dates, fields.location].filter(Boolean).join(' · ')}
        folded={folded}
        onFold={onFold}
      />
      <form
        className="talk-header"
        aria-label="Conference details"
        hidden={folded}
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          label="Title"
          className="title-field"
          value={fields.title}
          inputRef={titleRef}
          onChange={(title) =>
            title.trim()
              ? patch({ title: title.trim() }, { title })
              : setFields({ ...fields, title })
          }
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onDone?.();
          }}
        />
        <div className="field-row">
          <TextField
            label="Starts"
            type="date"
            value={fields.starts ?? ''}
            onChange={(starts) => patch({ starts: starts || undefined }, { starts })}
          />
          <TextField
            label="Ends"
            type="date"
            value={fields.ends ?? ''}
            onChange={(ends) => patch({ ends: ends || undefined }, { ends })}
          />
          <TextField
            label="Location"
            value={fields.location ?? ''}
            onChange={(location) => patch({ location })}
          />
        </div>
        <div className="field-row">
          <TextField
            label="Website"
            type="url"
            value={fields.url ?? ''}
            onChange={(url) => patch({ url })}
          />
          <TextField
            label="Tags"
            value={tags}
            onChange={(value) => {
              setTags(value);
              patch({ tags: splitList(value) });
            }}
          />
        </div>
      </form>
    </>
  );
}
