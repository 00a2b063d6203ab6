# Gatehouse: the API server and the admin app it serves, on one port (4000).
# Built from the repository root: docker build -t gatehouse .   (or: docker compose up --build)
# Node 20 is the version the test suite runs on; 22 works too.
FROM node:20-bookworm-slim

# corepack does not work for pnpm 12 here; npm does. Keep in step with the README.
RUN npm install -g pnpm@12.21.0

WORKDIR /app
# The whole workspace (see .dockerignore): every package's manifest must be present for
# the frozen install, and copying them one by one breaks when a package is added.
COPY . .
ENV CI=true
RUN pnpm install --frozen-lockfile && pnpm run build

# The embedded database (used only without DATABASE_URL) lives here; never as root at run time.
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=4000
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000

HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"

# node directly, not `pnpm start`: SIGTERM from `docker stop` reaches the server, which
# handles it (closes HTTP, then the database) and exits 0.
CMD ["node", "--enable-source-maps", "apps/server/dist/main.js"]
