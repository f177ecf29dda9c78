#!/usr/bin/env node
// Drops and creates one PostgreSQL database, for a run that must start empty
// (the e2e suite on PostgreSQL): `node scripts/fresh-postgres-database.mjs postgresql://…/barometer_e2e`.
import pg from "pg";

const target = new URL(process.argv[2] ?? "");
const name = decodeURIComponent(target.pathname.slice(1));
if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
const admin = new URL(target);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.href });
await client.connect();
try {
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
} finally {
  await client.end();
}
