// Where the CMS saves: the Git host and repository (README "Editing in the browser" says how to set them).
import type { CmsBackend } from "./cms-config.ts";

/**
 * The production backend (https://decapcms.org/docs/backends-overview/). Set `repo` to the site's
 * repository. GitHub editors log in through an OAuth server (`base_url`); GitLab's `pkce` needs
 * none, only an OAuth application's `app_id`. `NEWSDESK_CMS_REPO` and `NEWSDESK_CMS_BACKEND`
 * override `repo` and `name` at build time, for a deploy that builds several sites.
 */
export const CMS_BACKEND: CmsBackend = {
  name: "github",
  repo: "your-organization/newsdesk",
  branch: "main",
};

/** The port of the local backend `npm run cms` starts (decap-server), on 127.0.0.1. */
export const LOCAL_BACKEND_PORT = 8081;

/** The backend with the environment's overrides. */
export function cmsBackend(env: Record<string, string | undefined> = process.env): CmsBackend {
  return {
    ...CMS_BACKEND,
    ...(env.NEWSDESK_CMS_BACKEND ? { name: env.NEWSDESK_CMS_BACKEND } : {}),
    ...(env.NEWSDESK_CMS_REPO ? { repo: env.NEWSDESK_CMS_REPO } : {}),
  };
}

/** The local backend's port: `NEWSDESK_CMS_PORT`, else {@link LOCAL_BACKEND_PORT}. */
export function localBackendPort(env: Record<string, string | undefined> = process.env): number {
  const port = Number(env.NEWSDESK_CMS_PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : LOCAL_BACKEND_PORT;
}
