// Where the end-to-end tests build and serve the site: a GitHub project page.
export const TEST_BASE_URL = '/byoc-docs/';
// TEST_PORT lets two checkouts run their suites side by side.
export const TEST_PORT = Number(process.env.TEST_PORT ?? 4173);
export const TEST_SITE_URL = `http://127.0.0.1:${TEST_PORT}`;
export const TEST_BUILD_DIR = 'build-test';
// The repository the test build's "Edit this page" and "Report a problem" links lead to (never opened by the tests).
export const TEST_REPOSITORY_URL = 'https://github.com/example-owner/byoc-docs';
