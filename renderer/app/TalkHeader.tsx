import { useState, type ReactNode, type Ref } from 'react';
import { TALK_KINDS, type TalkKind, type TalkMeta, type TalkPatch } from '../../shared/schemas';
import type { TalkListing } from '../panels/panelTypes';
import { fromLocalInput, splitList, TextField, toLocalInput } from './fields';
import { HeaderLine, type HeaderFolding } from './HeaderLine';
import { formatSpeakers, parseSpeakers, parseTitleLine } from './titleLine';

export interface TalkHeaderProps extends HeaderFolding {
  meta: TalkMeta;
  onPatch: (patch: TalkPatch) => void;
  titleRef?: Ref<HTMLInputElement>;
  /** Enter in the title moves on to the notes. */
  onDone?: () => void;
  /** Opens every talk by a speaker, or with a tag (the speaker and tag views). */
  onShowTalks?: (listing: TalkListing) => void;
}

/**
 * The talk's front matter as a form. Every edit becomes a patch for the
 * autosave; the title also understands `Title — Speaker (Company)`. Folded
 * (while notes are typed), it shows one line and keeps the form mounted but
 * hidden, so nothing typed into it is lost.
 */
export function TalkHeader({
  meta,
  onPatch,
  titleRef,
  onDone,
  onShowTalks,
  folded = false,
  onFold,
}: TalkHeaderProps): ReactNode {
  const [title, setTitle] = useState(meta.title);
  const [speakers, setSpeakers] = useState(formatSpeakers(meta.speakers));
  const [tags, setTags] = useState(meta.tags.join(', '));
  const [fields, setFields] = useState(meta);

  const patch = (change: TalkPatch) => {
    setFields((current) => ({ ...current, ...change }));
    onPatch(change);
  };

  /** Splits `Title — Speaker` once the person is done with the title. */
  const settleTitle = () => {
    const line = parseTitleLine(title);
    if (line.speakers.length === 0 || !line.title) return;
    setTitle(line.title);
    setSpeakers(formatSpeakers(line.speakers));
    patch({
      title: line.title,
      speakers: line.speakers,
      ...(line.kind ? { kind: line.kind } : {}),
    });
  };

  const links = fields.links ?? {};
  const when = [fields.starts, fields.ends]
    .filter(Boolean)
    .map((time) => toLocalInput(time).slice(11))
    .join('–');
  const line = [
    speakers,
    fields.kind === 'talk' ? '' : fields.kind,
    fields.track,
    fields.room,
    when,
  ].filter(Boolean);
  return (
    <>
      <HeaderLine
        kind="talk"
        title={title}
        details={line.join(' · ')}
        folded={folded}
        onFold={onFold}
      />
      <form
        className="talk-header"
        aria-label="Talk details"
        hidden={folded}
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          label="Title"
          className="title-field"
          value={title}
          inputRef={titleRef}
          placeholder="Title — Speaker (Company)"
          onChange={(value) => {
            setTitle(value);
            if (value.trim()) patch({ title: value.trim() });
          }}
          onBlur={settleTitle}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            settleTitle();
            onDone?.();
          }}
        />
        <div className="field-row">
          <TextField
            label="Speakers"
            value={speakers}
            placeholder="Name (Company), Name"
            onChange={(value) => {
              setSpeakers(value);
              patch({ speakers: parseSpeakers(value) });
            }}
          />
          <div className="field">
            <label htmlFor="talk-kind">Kind</label>
            <select
              id="talk-kind"
              value={fields.kind}
              onChange={(event) => patch({ kind: event.target.value as TalkKind })}
            >
              {TALK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field-row">
          <TextField
            label="Track"
            value={fields.track ?? ''}
            onChange={(track) => patch({ track })}
          />
          <TextField label="Room" value={fields.room ?? ''} onChange={(room) => patch({ room })} />
          <TextField
            label="Starts"
            type="datetime-local"
            value={toLocalInput(fields.starts)}
            onChange={(value) => patch({ starts: fromLocalInput(value, meta.starts) })}
          />
          <TextField
            label="Ends"
            type="datetime-local"
            value={toLocalInput(fields.ends)}
            onChange={(value) => patch({ ends: fromLocalInput(value, meta.ends) })}
          />
        </div>
        <div className="field-row">
          <TextField
            label="Video"
            type="url"
            value={links.video ?? ''}
            onChange={(video) => patch({ links: { ...links, video } })}
          />
          <TextField
            label="Slides"
            type="url"
            value={links.slides ?? ''}
            onChange={(slides) => patch({ links: { ...links, slides } })}
          />
          <TextField
            label="Tags"
            value={tags}
            placeholder="security, sre"
            onChange={(value) => {
              setTags(value);
              patch({ tags: splitList(value) });
            }}
          />
        </div>
        {onShowTalks && (fields.speakers.length > 0 || fields.tags.length > 0) ? (
          <nav className="chips talk-links" aria-label="Speakers and tags">
            {fields.speakers.map((speaker) => (
              <button
                key={`speaker:${speaker.name}`}
                type="button"
                className="chip"
                aria-label={`All talks by ${speaker.name}`}
                onClick={() => onShowTalks({ by: 'speaker', value: speaker.name })}
              >
                {speaker.name}
              </button>
            ))}
            {fields.tags.map((tag) => (
              <button
                key={`tag:${tag}`}
                type="button"
                className="chip"
                aria-label={`All talks tagged ${tag}`}
                onClick={() => onShowTalks({ by: 'tag', value: tag })}
              >
                #{tag}
              </button>
            ))}
          </nav>
        ) : null}
      </form>
    </>
  );
}
