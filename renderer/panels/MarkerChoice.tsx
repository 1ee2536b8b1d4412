import type { ReactNode } from 'react';
import type { PostReading, TalkMarker } from '../../shared/ipc/importReview';

/** "Talks are marked by: level-3 headings (12 talks)": how one post is read, and the other ways. */
export function MarkerChoice({
  reading,
  label,
  disabled,
  onChoose,
}: {
  reading: PostReading;
  label: string;
  disabled?: boolean;
  onChoose: (marker: TalkMarker) => void;
}): ReactNode {
  return (
    <label className="marker-choice">
      {label}{' '}
      <select
        value={reading.chosen}
        disabled={disabled}
        onChange={(event) => onChoose(event.target.value as TalkMarker)}
      >
        {reading.choices.map((choice) => (
          <option key={choice.marker} value={choice.marker}>
            {choice.marker === 'none' ? choice.label : `${choice.label} (${choice.talks})`}
          </option>
        ))}
      </select>
    </label>
  );
}
