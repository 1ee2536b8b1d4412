/** What the window has open: a talk or a conference, by id (its own module: the panels use it too). */
export type Selection = { entity: 'talk' | 'conference'; id: string };
