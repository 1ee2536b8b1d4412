import type { ReactNode } from 'react';
import type { SearchHit } from '../../shared/search/types';
import { Highlighted } from '../panels/Highlighted';
import { SlideThumbnail } from './SlideThumbnail';

/** A search hit's snippet read from a slide photo: the photo small, "On a slide", the passage. */
export function SlideHitSnippet({
  hit,
  slide,
}: {
  hit: SearchHit;
  slide: { src: string };
}): ReactNode {
  return (
    <div className="hit-slide">
      <SlideThumbnail noteId={hit.talkId} src={slide.src} />
      <div>
        <span className="hit-slide-label">On a slide</span>{' '}
        <Highlighted text={hit.snippet} ranges={hit.highlights} />
      </div>
    </div>
  );
}
