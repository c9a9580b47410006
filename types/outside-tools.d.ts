// The parts of the outside checkers' APIs that e2e/outside-tools.spec.ts uses; none ships types.

declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer-core';

  interface Pa11yIssue {
    code: string;
    type: 'error' | 'warning' | 'notice';
    message: string;
    selector: string;
    context: string;
    runner: string;
  }
  interface Pa11yOptions {
    browser: Browser;
    page: Page;
    runners: ('axe' | 'htmlcs')[];
    standard: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA';
    timeout?: number;
  }
  export default function pa11y(
    url: string,
    options: Pa11yOptions,
  ): Promise<{ documentTitle: string; pageUrl: string; issues: Pa11yIssue[] }>;
}

declare module 'structured-data-testing-tool' {
  export interface SdttTest {
    test: string;
    group: string;
    description?: string;
    error?: { message: string };
  }
  export interface SdttResult {
    passed: SdttTest[];
    failed: SdttTest[];
    warnings: SdttTest[];
    schemas: string[];
  }
  /** Resolves when every test passed; otherwise rejects with an error whose `res` is the result. */
  export function structuredDataTest(input: string, options: { presets: unknown[] }): Promise<SdttResult>;
}

declare module 'structured-data-testing-tool/presets.js' {
  const presets: { Google: unknown; SocialMedia: unknown };
  export default presets;
}

declare module 'vnu-jar' {
  /** The path of vnu.jar. */
  const jar: string;
  export default jar;
}
