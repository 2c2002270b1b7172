import { type ComboboxItem, Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickerOption {
  value: string;
  label: string;
}

/** The first options matching a search text (a short page, see PICKER_PAGE), and how many there are in all. */
export interface PickerPage {
  options: PickerOption[];
  total: number;
}

export interface PickerSearch {
  /** The cache key of a search; the text is added to it. */
  key: QueryKey;
  find: (text: string, signal: AbortSignal) => Promise<PickerPage>;
}

const MORE = '\u0000more';
/** How many options a search shows: typing on narrows them. */
export const PICKER_PAGE = 10;

/**
 * A combobox that asks the server for the options as the user types (a moment after they stop), so
 * that it finds any of thousands, not only the first page. Arrow keys, Enter and Escape work as in
 * every combobox; when more options match than are shown, the last line says so.
 */
export function SearchPicker({
  label,
  description,
  placeholder,
  required,
  error,
  value,
  selected,
  onChange,
  search,
  clearable = true,
}: {
  label: string;
  description?: string;
  placeholder?: string;
  required?: boolean;
  error?: string;
  value: string | null;
  /** The chosen option, when the page knows it before any search has found it (from the address, say). */
  selected?: PickerOption;
  onChange: (value: string | null) => void;
  search: PickerSearch;
  clearable?: boolean;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<PickerOption | null>(selected ?? null);
  const current = selected ?? chosen;
  // once chosen, the box shows the option's name: that is not a search
  const wanted = current && text === current.label ? '' : text.trim();
  const [debounced] = useDebouncedValue(wanted, 250);
  const result = useQuery({
    queryKey: [...search.key, debounced],
    queryFn: ({ signal }) => search.find(debounced, signal),
    placeholderData: keepPreviousData,
  });
  // until the server has answered for what is typed now, the previous answer is narrowed here, so
  // that Arrow and Enter never pick an option that no longer matches
  const settled = debounced === wanted && !result.isPlaceholderData;
  const needle = wanted.toLocaleLowerCase();
  const options = (result.data?.options ?? []).filter((o) => settled || o.label.toLocaleLowerCase().includes(needle));
  const data: ComboboxItem[] = current && value === current.value && !options.some((o) => o.value === current.value) ? [current, ...options] : [...options];
  const more = settled ? (result.data?.total ?? 0) - options.length : 0;
  if (more > 0) data.push({ value: MORE, label: t('picker.more', { count: more }), disabled: true });

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      required={required}
      error={error}
      searchable
      clearable={clearable}
      clearButtonProps={{ 'aria-label': t('picker.clear') }}
      value={value}
      searchValue={text}
      onSearchChange={setText}
      onChange={(next, option) => {
        setChosen(next ? option : null);
        onChange(next);
      }}
      data={data}
      // the server has filtered already
      filter={({ options: all }) => all}
      nothingFoundMessage={result.isFetching ? t('app.loading') : t('picker.nothingFound')}
      rightSection={result.isFetching ? <Loader size="xs" aria-hidden="true" /> : undefined}
      // a short page of options, whole: a scrolling list in the popup would be a scroll area the
      // keyboard cannot reach (the keyboard moves through the options with the arrow keys)
      withScrollArea={false}
      comboboxProps={{ width: 'target' }}
    />
  );
}
