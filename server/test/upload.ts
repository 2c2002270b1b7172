/** A multipart/form-data body as the web app sends an upload: its fields, then the file under `file`. */
export function uploadForm(file: { name: string; content: string | Uint8Array }, fields: Record<string, string | string[]> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
  form.append('file', new Blob([new Uint8Array(bytes)]), file.name);
  return form;
}
