/** `npm run db:seed`: creates the demo event if it is missing and prints its links. */
import "dotenv/config";
import { createServices } from "../server/app";
import { openDatabase } from "../server/db/client";
import { demoTokenFile, ensureDemoEvent } from "../server/demo/demo-event";
import { readEnv } from "../server/env";
import { eventLinks } from "../server/http/links";

const env = readEnv();
const db = await openDatabase(env.DATABASE_URL);
const demo = await ensureDemoEvent(createServices(db).events, demoTokenFile(env.DATABASE_URL));
const links = eventLinks(env.PUBLIC_URL?.replace(/\/$/, "") ?? `http://localhost:${env.PORT}`, demo.code, demo.moderatorToken);
console.log(`Demo event ${demo.code} ${demo.created ? "created" : "already there"}:`);
console.log(`  Vote:      ${links.attendee}\n  Projector: ${links.presenter}\n  Moderate:  ${links.moderator}`);
await db.$disconnect();
