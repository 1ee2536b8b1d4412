import { CoreError } from '../errors';

/** A source that cannot be imported: says which file and what is wrong with it. */
export class ImportInputError extends CoreError {
  constructor(source: string, problem: string) {
    super('invalid-input', `${source}: ${problem}`);
    this.name = 'ImportInputError';
  }
}
