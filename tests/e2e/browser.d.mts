import type { BrowserContext } from 'playwright-core';

/** $CHROME_PATH, then the usual install places; null when there is none (scripts/chromium.mjs). */
export declare function findChromium(): string | null;

export declare const ROOT: string;
export declare const EXTENSION_DIR: string;
export declare const FIXTURES_DIR: string;
export declare const SCREENSHOT_DIR: string;

export declare const PORTAL_HOST: string;
export declare const SEED_FIXTURE: string;
export declare const SEED_PATH: string;
export declare const HOME_FIXTURE: string;
export declare const HOME_PATH: string;

/** host + path → tests/fixtures/pages/<fixture>/page.html */
export interface Route {
  host: string;
  path: string;
  fixture: string;
  /** Served instead of the fixture's page.html (e.g. the fixture with its dates moved). */
  html?: string;
}
export declare const DEFAULT_ROUTES: Route[];

export interface FixtureServer {
  port: number;
  /** Every host in the route table (lower case); each is mapped to this server when passed to launchWithExtension. */
  hosts: string[];
  routes: Route[];
  /** `http(s)://<host>:<port><path>`; host defaults to the first route's host. */
  url(path?: string, host?: string): string;
  close(): Promise<void>;
}
export interface TlsCertificate {
  key: Buffer;
  cert: Buffer;
}
/** A throwaway self-signed certificate naming every host given (openssl). */
export declare function selfSignedCertificate(hosts: string[]): TlsCertificate;
/** With `tls`, the server speaks https and url() gives https addresses. */
export declare function startFixtureServer(routes?: Route[], options?: { tls?: TlsCertificate }): Promise<FixtureServer>;

export declare function requireChromium(): string;
export declare function requireBuild(extensionDir?: string): string;
export declare function unpackedExtensionId(extensionDir?: string): string;

export interface LaunchArgsOptions {
  extensionDir?: string;
  /** Maps every host of the server's route table to 127.0.0.1:<port>. */
  server?: FixtureServer;
  /** Extra host-resolver mappings, host → "ip:port". */
  hostMap?: Record<string, string>;
  locale?: string;
}
export declare function launchArgs(options?: LaunchArgsOptions): string[];

export interface LaunchOptions extends LaunchArgsOptions {
  /** Reuse a profile (e.g. to survive a restart). Default: a fresh temporary one, deleted by close(). */
  profileDir?: string;
  /** Browser UI language (--lang and LANGUAGE). Default 'nl'. */
  locale?: string;
  /** Default true. */
  headless?: boolean;
  /** Default timeout for the context's actions and for the service worker to appear (ms). Default 15 000. */
  timeout?: number;
  /** Let Playwright close the browser on SIGINT/SIGTERM/SIGHUP (and exit). Default true; false when the caller cleans up itself. */
  handleSignals?: boolean;
  /** More Chromium flags, e.g. --enable-unsafe-extension-debugging (to press the toolbar button over CDP). */
  extraArgs?: string[];
  /** Internal: whether close() deletes the profile. */
  ownsProfile?: boolean;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path?: string): string;
  /** Closes the browser; deletes the profile when the harness created it. */
  close(): Promise<void>;
  /** Closes the browser and launches it again on the same profile and options. */
  relaunch(): Promise<ExtensionBrowser>;
}
export declare function launchWithExtension(options?: LaunchOptions): Promise<ExtensionBrowser>;
