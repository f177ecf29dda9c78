/**
 * zod as the core and the browser use it: without generated code. A strict
 * Content-Security-Policy forbids eval, and zod's probe for it (`new Function`)
 * would be reported as a violation on every page. Every schema in lib/ is
 * built with this z, so the setting is in force before the first one exists.
 *
 * `z` holds only the builders lib/ uses, imported by name: zod's own `z`
 * namespace carries everything, its 40-odd error-message locales among
 * them, which no bundler can leave out once `z` is passed on as a value.
 * That kept ~300 kB of JavaScript on every phone. A builder lib/ starts to
 * use is added here.
 */
import type * as zod from "zod";
import {
  array,
  boolean,
  config,
  discriminatedUnion,
  email,
  literal,
  number,
  object,
  record,
  strictObject,
  string,
  union,
  url,
  uuid,
  enum as zodEnum,
} from "zod";

config({ jitless: true });

export const z = {
  array,
  boolean,
  discriminatedUnion,
  email,
  enum: zodEnum,
  literal,
  number,
  object,
  record,
  strictObject,
  string,
  union,
  url,
  uuid,
};

/** zod's types under the same name, as `z.infer<typeof schema>` and `z.ZodType` read with zod's own `z`. */
export declare namespace z {
  type infer<T> = zod.infer<T>;
  type input<T> = zod.input<T>;
  type output<T> = zod.output<T>;
  type ZodType<Output = unknown, Input = unknown> = zod.ZodType<Output, Input>;
  type ZodOptional<T extends zod.ZodType = zod.ZodType> = zod.ZodOptional<T>;
}
