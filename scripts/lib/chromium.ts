// Which Chromium the browser tests and the browser benchmark launch: Playwright's own
// when it is installed, else Debian's (Playwright's cannot be downloaded here).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** undefined means "Playwright's own browser". */
export const chromiumExecutablePath = (): string | undefined => (existsSync(chromium.executablePath()) ? undefined : DEBIAN_CHROMIUM);
