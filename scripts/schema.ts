/**
 * npm run schema — writes the JSON Schemas of the content contract, generated from the zod schemas,
 * to public/schema/ (published with the site at /schema/…) for editors' completion and other systems.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { jsonSchemas } from '../src/schema/json-schema.ts';
import { parseCliArgs, runCli } from './lib/cli.ts';

runCli(async () => {
  const { values } = parseCliArgs({ out: { type: 'string', default: 'public/schema' } });
  await mkdir(values.out!, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    await writeFile(`${values.out}/${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
    console.log(`${values.out}/${name}.schema.json`);
  }
  return 0;
});
