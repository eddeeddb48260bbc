# Production image: builds the SPA and the API bundle, then runs the production entry point, which
# applies migrations but never loads demo data.
FROM node:24-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10.34.9
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @portal/web --filter @portal/api build \
 && pnpm deploy --filter @portal/api --prod --legacy /deploy \
 && cp -r apps/api/dist /deploy/dist && mkdir -p /deploy/web && cp -r apps/web/dist /deploy/web/dist \
 && cp -r prisma /deploy/prisma

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 WEB_DIST=/app/web/dist MIGRATIONS_DIR=/app/prisma/migrations DATA_DIR=/data
COPY --from=build /deploy /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/server.js"]
