import { test as base, expect } from "@playwright/test";

/**
 * Every test fails on a console error or an uncaught exception in the page:
 * a reader's browser must never see one.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A 404 page logs its own status: that one is the expected answer, not an error.
        const ownStatus = /status of 404/.test(message.text()) && message.location().url === page.url();
        if (message.type() === "error" && !ownStatus) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "erreurs dans la console du navigateur").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
