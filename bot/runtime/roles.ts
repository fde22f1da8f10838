import type { ActorRole } from "../../flows/types.js";
import { assertNever } from "../../knowledge/types.js";
import type { ChannelName } from "./channel.js";

/** Who holds a staff role: Slack member ids from configuration (SLACK_REVIEWER_IDS, SLACK_REGULATOR_IDS). */
export type Staff = { reviewers: readonly string[]; regulators: readonly string[] };

/**
 * The roles a person may hold, the first being the one they start with. Roles come from configuration only:
 * the terminal chat is one person trying every part, so any role; a Slack member has the staff roles they are
 * listed for (both only when listed in both), and someone listed nowhere is a founder with no view of the queue;
 * a Telegram user is a founder and never makes themself staff.
 */
export function rolesFor(channel: ChannelName, userKey: string, staff: Staff): readonly ActorRole[] {
  switch (channel) {
    case "console":
      return ["founder", "reviewer", "regulator"];
    case "telegram":
      return ["founder"];
    case "slack": {
      const roles: ActorRole[] = [];
      if (staff.reviewers.includes(userKey)) roles.push("reviewer");
      if (staff.regulators.includes(userKey)) roles.push("regulator");
      return roles.length > 0 ? roles : ["founder"];
    }
    default:
      return assertNever(channel);
  }
}
