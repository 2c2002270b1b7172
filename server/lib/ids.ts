import { v7 } from 'uuid';

/** Time-ordered ids, generated in the app so both databases see the same kind of key. */
export const newId = (): string => v7();
