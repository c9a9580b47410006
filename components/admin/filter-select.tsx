/** One labelled filter of the newsroom's article list, with «الكل» for no filter. */
export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value?: string | number;
  options: { value: string | number; name: string }[];
}) {
  return (
    <label className="flex flex-col">
      {label}
      <select name={name} defaultValue={value ?? ''} className="rounded border border-line px-2 py-1">
        <option value="">الكل</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
