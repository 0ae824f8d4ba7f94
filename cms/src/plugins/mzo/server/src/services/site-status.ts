/** The public site's last build, as the rebuild server reports it (REBUILD_STATUS_URL). */
import { rebuildConfig } from '../../../../../site-rebuild';

export default () => ({
  async read() {
    const { statusUrl, secret } = rebuildConfig();
    if (!statusUrl) return { configured: false };
    try {
      // The rebuild server gives its full status only with the shared secret.
      const response = await fetch(statusUrl, { signal: AbortSignal.timeout(2000), headers: secret ? { authorization: `Bearer ${secret}` } : {} });
      return { configured: true, reachable: response.ok, ...(response.ok ? { status: await response.json() } : { error: `HTTP ${response.status}` }) };
    } catch (error) {
      return { configured: true, reachable: false, error: `${statusUrl}: ${(error as Error).message}` };
    }
  },
});
