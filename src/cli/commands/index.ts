/** The CLI's commands, in the order `--help` lists them. */
import type { Command } from "../command.js";
import { cite } from "./cite.js";
import { exportCommand } from "./export.js";
import { list } from "./list.js";
import { related } from "./related.js";
import { search } from "./search.js";
import { show } from "./show.js";
import { timeline } from "./timeline.js";
import { verify } from "./verify.js";

/** Every command, by name. */
export const COMMANDS: readonly Command[] = [timeline, list, show, search, related, exportCommand, verify, cite];
