import { useEffect, useState, type ReactNode } from 'react';
import type { SlideLanguage } from '../../shared/slides';
import { api, errorMessage } from '../api';

/**
 * Preferences: the languages slide photos are read in. Each comes from an
 * installed language package (never downloaded); those not installed are
 * listed, unavailable, so the user knows what could be added.
 */
export function SlideLanguages(): ReactNode {
  const [choices, setChoices] = useState<SlideLanguage[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    void Promise.all([api().slides.languages({}), api().slides.status({})]).then(
      ([languages, status]) => {
        if (!live) return;
        setChoices(languages);
        setChosen(status.languages);
      },
      (failure: unknown) => live && setError(errorMessage(failure)),
    );
    return () => {
      live = false;
    };
  }, []);
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    if (next.length === 0) return;
    setChosen(next);
    api()
      .slides.setLanguages({ languages: next })
      .then(
        (status) => {
          setChosen(status.languages);
          setError(undefined);
        },
        (failure: unknown) => setError(errorMessage(failure)),
      );
  };
  return (
    <fieldset>
      <legend>Slide photos are read in</legend>
      {choices.map((language) => (
        <label key={language.code}>
          <input
            type="checkbox"
            disabled={!language.installed}
            checked={chosen.includes(language.code)}
            onChange={(event) => toggle(language.code, event.target.checked)}
          />
          {language.name}
          {language.installed ? '' : ' (not installed)'}
        </label>
      ))}
      {error ? <p role="alert">{error}</p> : null}
    </fieldset>
  );
}
