// pnpm db:migration:new <name>: writes the migration that brings the database to schema.prisma.
import { createMigration } from '../migrations/new-migration.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
  console.error('Usage: pnpm db:migration:new <name>   (letters, digits, _ and - only)');
  process.exit(2);
}
const folder = await createMigration(name);
console.log(
  folder ? `Created prisma/migrations/${folder}/migration.sql` : 'schema.prisma has no changes to migrate.',
);
