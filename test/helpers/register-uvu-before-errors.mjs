// `node --import ./test/helpers/register-uvu-before-errors.mjs`: see uvu-before-errors.mjs.
import { register } from "node:module";

register("./uvu-before-errors.mjs", import.meta.url);
