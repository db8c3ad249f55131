/**
 * npm run validate [-- --content <dir>] [--json]
 * Prints every finding as `path:line:col  错误|警告  rule-id  message`; exits 1 on any error.
 */
import { loadAndValidate } from '../src/content/index.ts';
import { formatFinding } from '../src/content/finding.ts';
import { parseCliArgs, runCli } from './lib/cli.ts';

runCli(async () => {
  const { values } = parseCliArgs({ content: { type: 'string', default: 'content' }, json: { type: 'boolean', default: false } });
  const result = await loadAndValidate(values.content!);
  if (values.json) {
    console.log(JSON.stringify(result.findings, null, 2));
  } else {
    for (const f of result.findings) console.log(formatFinding(f));
    const count = (s: string) => result.findings.filter((f) => f.severity === s).length;
    console.log(
      `\n${result.townships.length} 个乡镇、${result.regions.length} 个县区、${result.profiles.size} 个规则配置；` +
        `错误 ${count('error')} 个，警告 ${count('warning')} 个，已确认 ${count('acknowledged')} 个。`,
    );
  }
  return result.publishable ? 0 : 1;
});
