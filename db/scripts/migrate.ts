// Applies the migrations to the configured database and exits (also done on every app start).
import { configuredLocation } from '../index';
import { migrateDatabase, openDatabase } from '../client';

async function main() {
  const location = configuredLocation();
  const handle = await openDatabase(location);
  await migrateDatabase(handle, location);
  await handle.close();
  console.log(`Migrations applied (${handle.kind}).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
