import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../api';
import { imageUrl } from '../app/images';

let assetUrl: Promise<string> | null = null;

/** The prefix of image URLs, asked of main once. */
function assetPrefix(): Promise<string> {
  assetUrl ??= api()
    .app.info({})
    .then((info) => info.assetUrl);
  return assetUrl;
}

/** The small picture of the slide photo a search hit was found on. */
export function SlideThumbnail({ noteId, src }: { noteId: string; src: string }): ReactNode {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let live = true;
    void assetPrefix().then((prefix) => live && setUrl(imageUrl(prefix, noteId, src)));
    return () => {
      live = false;
    };
  }, [noteId, src]);
  return url ? (
    <img className="hit-slide-thumbnail" src={url} alt="The slide photo" loading="lazy" />
  ) : (
    <span className="hit-slide-thumbnail" aria-hidden="true" />
  );
}
