import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Runs a command-line entry point: Chinese messages for bad arguments and unexpected failures, never a
 * stack trace for users (set SANDING_DEBUG=1 to see one), and the exit code the main function returns.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) console.error(`用法错误：${e.message}`);
      else {
        console.error(`内部错误：${e instanceof Error ? e.message : String(e)}`);
        if (process.env.SANDING_DEBUG) console.error(e);
        else console.error('（设置环境变量 SANDING_DEBUG=1 可查看详细信息）');
      }
      process.exitCode = 2;
    },
  );
}

export class UsageError extends Error {}

export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(options: T, allowPositionals = false) {
  try {
    return parseArgs({ options, allowPositionals, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
