import type { ReactNode } from 'react';

/** How main names a conflict copy among a note's problems (electron/core/library/noteDocuments.ts). */
const CONFLICT_COPY = 'conflict copy: ';

/**
 * What is wrong with the open note's file, or kept beside it, above its
 * notes: a front matter that could not be read (the text still opens), or a
 * conflict copy left by a sync or a save that met an outside change. Without
 * it the person would only learn of a conflict copy from a notice that has
 * gone, or from the folder.
 */
export function NoteProblems({ problems }: { problems: readonly string[] | undefined }): ReactNode {
  if (!problems?.length) return null;
  return (
    <aside className="note-problems" aria-label="About this note’s file">
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{describe(problem)}</li>
        ))}
      </ul>
    </aside>
  );
}

function describe(problem: string): string {
  if (!problem.startsWith(CONFLICT_COPY)) return `This file: ${problem}`;
  const copy = problem.slice(CONFLICT_COPY.length);
  return `Another version of these notes is kept beside them, in ${copy}: take what you need from it, then delete it.`;
}
