# One image for every server replica (and the optional sandbox marketplace).
# docker compose builds it; see docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.21.0
COPY . .
RUN pnpm install --frozen-lockfile && pnpm -r run build && pnpm prune --prod

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
# The data volume starts out owned by the user the server runs as.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
CMD ["node", "packages/server/dist/main.js"]
