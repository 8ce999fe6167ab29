/** One list read from one sheet: a village's or unit's persons, and where on the sheet they were read. */
import type { Grid } from '../grid';
import type { HeaderMatch } from './header';
import type { EntityKind } from '../vocabulary';

export interface ListedEntity {
  /** Position in the list of every entity read; People.entity holds it for each person. */
  index: number;
  name: string;
  kind: EntityKind;
  grid: Grid;
  header: HeaderMatch;
  records: number;
  dataDate: string | null;
  /** Name key (text/names.ts) completeness matches configured entities on: the sheet's, or for a village of a combined sheet its configured sheet's. */
  key: string;
}
