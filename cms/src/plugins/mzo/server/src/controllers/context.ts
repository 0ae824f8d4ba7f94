/** The part of Koa's context the plugin's controllers use (admin routes: the signed-in user's ability is set). */
export interface AdminContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  state: { userAbility: unknown; user: { id: number } };
  body?: unknown;
  type?: string;
  set: (name: string, value: string) => void;
  notFound: () => void;
}
