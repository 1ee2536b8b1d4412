import type { Selection } from './selection';

/** What the sidebar (and the home view) can ask of the library: its own module, imported by both sides. */
export interface SidebarActions {
  open: (selection: Selection) => void;
  newConference: () => void;
  newTalk: (conferenceId?: string) => void;
  rename: (selection: Selection, title: string) => void;
  remove: (selection: Selection) => void;
}
