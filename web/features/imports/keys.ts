/** The import pages' entries in the app's query cache. */
export const importKeys = {
  all: ['imports'] as const,
  list: (page: number) => ['imports', 'list', page] as const,
  one: (id: string) => ['imports', 'one', id] as const,
  badRows: (id: string) => ['imports', 'bad-rows', id] as const,
};
