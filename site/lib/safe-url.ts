const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL if it uses http, https, mailto or tel; otherwise undefined (no javascript:, data:, …). */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
