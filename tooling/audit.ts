const BLOCKING = new Set(['high', 'critical']);

/** What `npm audit --json` (v2) says a vulnerability comes through: an advisory, or another package's name. */
interface Via {
  source?: number;
  name: string;
  title?: string;
  url?: string;
  severity: string;
}
export interface AuditReport {
  vulnerabilities?: Record<string, { via?: (Via | string)[] }>;
}
export interface Allowlist {
  advisories?: { id: string; package?: string; reason?: string }[];
}
interface Finding {
  id: string;
  package: string;
  severity: string;
  title?: string;
  url?: string;
}

/** The advisory id of an `npm audit` "via" entry: its GHSA id from the URL, else npm's number. */
function advisoryId(via: Via): string {
  return /GHSA-[\w-]+/i.exec(via.url ?? '')?.[0] ?? String(via.source);
}

/**
 * Judges an `npm audit --json` (v2) report against the allow-list (`{ advisories: [{ id, package,
 * reason }] }`): every high or critical advisory must be listed with a non-empty reason.
 */
export function evaluateAudit(report: AuditReport, allowlist: Allowlist) {
  const entries = new Map((allowlist.advisories ?? []).map((entry) => [entry.id, entry]));
  const failures: Finding[] = [];
  const allowed: (Finding & { reason: string })[] = [];
  const seen = new Set<string>();
  const counts: Record<string, number> = {};
  for (const vulnerability of Object.values(report.vulnerabilities ?? {})) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object') continue;
      const id = advisoryId(via);
      const key = `${id} ${via.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      counts[via.severity] = (counts[via.severity] ?? 0) + 1;
      if (!BLOCKING.has(via.severity)) continue;
      const entry = entries.get(id);
      const finding = { id, package: via.name, severity: via.severity, title: via.title, url: via.url };
      if (entry && typeof entry.reason === 'string' && entry.reason.trim().length >= 20) allowed.push({ ...finding, reason: entry.reason });
      else failures.push(finding);
    }
  }
  const ids = new Set([...seen].map((key) => key.split(' ')[0]));
  const staleAllowances = [...entries.keys()].filter((id) => !ids.has(id));
  return { failures, allowed, staleAllowances, counts };
}
