import type { CliCommand } from '../command';
import { exportCommand } from './export';
import { historyCommand, restoreCommand, syncCommand } from './history';
import { importCommand } from './import';
import { checkCommand, listCommand, showCommand } from './inspectCommands';
import {
  initCommand,
  newConferenceCommand,
  newTalkCommand,
  setNotesCommand,
} from './libraryCommands';
import { nowCommand } from './now';
import { scheduleCommand } from './schedule';
import { reindexCommand } from './reindex';
import { searchCommand } from './search';
import { deleteCommand, trashCommand } from './trash';

/** Every `confnotes` sub-command, in the order `--help` lists them. */
export const commands: CliCommand[] = [
  initCommand,
  newConferenceCommand,
  newTalkCommand,
  setNotesCommand,
  listCommand,
  showCommand,
  checkCommand,
  searchCommand,
  reindexCommand,
  exportCommand,
  importCommand,
  scheduleCommand,
  nowCommand,
  historyCommand,
  restoreCommand,
  syncCommand,
  deleteCommand,
  trashCommand,
];
