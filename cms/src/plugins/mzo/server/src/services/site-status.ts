/** The public site's last build, as the rebuild server reports it (REBUILD_STATUS_URL). */
import { rebuildConfig } from '../../../../../site-rebuild';

export default () => ({
  async read() {
    const { statusUrl } = rebuildConfig();
    if (!statusUrl) return { configured: false };
    try {
      const response = await fetch(statusUrl, { signal: AbortSignal.timeout(2000) });
      return { configured: true, reachable: response.ok, ...(response.ok ? { status: await response.json() } : { error: `HTTP ${response.status}` }) };
    } catch (error) {
      return { configured: true, reachable: false, error: `${statusUrl}: ${(error as Error).message}` };
    }
  },
});
