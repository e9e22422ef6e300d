/**
 * The web address of the site's source repository, from the build's environment (as the base URL is):
 * `REPOSITORY_URL` when set (deploy.yml sets it; the test build sets its own), else GitHub Actions' own
 * `GITHUB_SERVER_URL` and `GITHUB_REPOSITORY`. Undefined when neither says: a build that does not know its
 * repository shows no "Edit this page" or "Report a problem" link rather than send writers or reports to a guess.
 */
export function repositoryUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const explicit = env.REPOSITORY_URL?.trim();
  const fromGitHub =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const url = explicit || fromGitHub;
  if (url === undefined) return undefined;
  if (!/^https?:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/?$/.test(url))
    throw new Error(
      `REPOSITORY_URL "${url}" is not a repository’s web address, such as https://github.com/<owner>/<name>`,
    );
  return url.replace(/\/$/, '');
}

/** The branch the deploy publishes, whose files "Edit this page" opens. */
export const PUBLISHED_BRANCH = 'main';
