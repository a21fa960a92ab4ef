import { ContentErrors } from "@/app/_domain/content";
import { explainStartupError } from "@/app/_server/db/startup-error";

/**
 * Runs a command-line script: content errors are listed `file:line` then `contentFailure`;
 * configuration and database problems print their one line; either exits 1. Anything else
 * is a bug and keeps its stack trace.
 */
export async function runCli(main: () => Promise<void>, contentFailure: string): Promise<void> {
  try {
    await main();
  } catch (e) {
    if (e instanceof ContentErrors) {
      for (const err of e.errors) console.error(err.message);
      console.error(contentFailure);
      process.exit(1);
    }
    const line = explainStartupError(e);
    if (!line) throw e;
    console.error(`error: ${line}`);
    process.exit(1);
  }
}
