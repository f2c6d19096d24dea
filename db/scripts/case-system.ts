// Operators' command for the divisions' case systems and their API keys (/api/v1):
//   npm run case-system -- create --slug ymp-asiat --name "Ympäristöasiat" --division urban-environment --services dog-declaration,noise-notification
//   npm run case-system -- rotate --slug ymp-asiat     a new key; the old one stops working
//   npm run case-system -- revoke --slug ymp-asiat     no key works until the next rotate
//   npm run case-system -- list
// A key is printed once, when it is made; only its hash is kept.
import { parseArgs } from 'node:util';
import { configuredLocation } from '../index';
import { migrateDatabase, openDatabase } from '../client';
import { CaseSystemError, createCaseSystem, listCaseSystems, revokeCaseSystem, rotateCaseSystemKey } from '@/lib/api/case-systems';
import { now } from '@/lib/time/clock';

const usage = `Usage:
  npm run case-system -- create --slug <slug> --name <name> --division <division slug> --services <service slug>,<service slug>
  npm run case-system -- rotate --slug <slug>
  npm run case-system -- revoke --slug <slug>
  npm run case-system -- list`;

function required(value: string | undefined, option: string): string {
  if (!value) throw new CaseSystemError(`Missing --${option}.\n${usage}`);
  return value;
}

function printKey(slug: string, key: string) {
  console.log(`API key of "${slug}" (shown only now; the portal keeps only its hash):\n\n  ${key}\n\nThe case system sends it as "Authorization: Bearer <key>".`);
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, name: { type: 'string' }, division: { type: 'string' }, services: { type: 'string' } },
  });
  const [command] = positionals;
  if (!command || !['create', 'rotate', 'revoke', 'list'].includes(command)) throw new CaseSystemError(usage);

  const location = configuredLocation();
  const handle = await openDatabase(location);
  try {
    await migrateDatabase(handle, location);
    const { db } = handle;
    if (command === 'create') {
      const { system, key } = await createCaseSystem(db, {
        slug: required(values.slug, 'slug'),
        name: required(values.name, 'name'),
        divisionSlug: required(values.division, 'division'),
        serviceSlugs: required(values.services, 'services').split(','),
      });
      console.log(`Case system "${system.slug}" made for ${system.serviceSlugs.join(', ')}.`);
      printKey(system.slug, key);
    } else if (command === 'rotate') {
      const { system, key } = await rotateCaseSystemKey(db, required(values.slug, 'slug'));
      printKey(system.slug, key);
    } else if (command === 'revoke') {
      const slug = required(values.slug, 'slug');
      await revokeCaseSystem(db, slug, now());
      console.log(`The key of "${slug}" is revoked.`);
    } else {
      const rows = await listCaseSystems(db);
      if (rows.length === 0) console.log('No case systems.');
      for (const row of rows) {
        const state = row.revokedAt ? `revoked ${row.revokedAt.toISOString()}` : `key asi_${row.keyPrefix}_…`;
        console.log(`${row.slug}\t${row.name}\t${row.division}\t${row.serviceSlugs.join(',')}\t${state}`);
      }
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof CaseSystemError ? error.message : error);
  process.exit(1);
});
