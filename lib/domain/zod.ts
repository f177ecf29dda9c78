/**
 * zod as the core and the browser use it: without generated code. A strict
 * Content-Security-Policy forbids eval, and zod's probe for it (`new Function`)
 * would be reported as a violation on every page. Every schema in lib/ is
 * built with this z, so the setting is in force before the first one exists.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
