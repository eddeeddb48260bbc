// Prisma 7 keeps the connection URL out of schema.prisma. Migrations are applied by our own runner
// (packages/db), which writes Prisma Migrate's bookkeeping, so `prisma migrate deploy` works as well
// wherever the native engine is available.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
