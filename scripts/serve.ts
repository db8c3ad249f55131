/** npm run serve [-- --dir dist] [--port 4321] — serves the published site locally with its security headers. */
import { serveStatic } from '../src/publish/serve-static.ts';
import { parseCliArgs, runCli } from './lib/cli.ts';

runCli(async () => {
  const { values } = parseCliArgs({ dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' }, host: { type: 'string', default: '127.0.0.1' } });
  await serveStatic(values.dir!, Number(values.port), values.host);
  console.log(`网站已在 http://${values.host === '0.0.0.0' ? 'localhost' : values.host}:${values.port}/ 提供服务（Ctrl+C 停止）`);
  return new Promise<number>(() => {});
});
