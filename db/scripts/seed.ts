// Migrates and writes the demo data into the configured database, then exits.
import { configuredLocation } from '../index';
import { migrateDatabase, openDatabase } from '../client';
import { seedDemoData } from '../seed';
import { seedDemoFolder } from '../seed/demo-folder';

async function main() {
  const location = configuredLocation();
  const handle = await openDatabase(location);
  await migrateDatabase(handle, location);
  await seedDemoData(handle.db);
  await seedDemoFolder(handle.db);
  await handle.close();
  console.log(`Demo data written (${handle.kind}).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
