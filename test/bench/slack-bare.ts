import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

/**
 * The ceiling for the Slack figures: a bare Bolt app (the same @slack/bolt from node_modules) on the same HTTP
 * receiver settings as the product's (signature checks on, `processBeforeResponse`, `/slack/events`) whose every
 * listener only acks. Its Web API client calls auth.test once at start, against the bench's fake Web API.
 */
const receiver = new HTTPReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? "", endpoints: "/slack/events", processBeforeResponse: true, logLevel: LogLevel.ERROR });
const app = new App({
  token: process.env.SLACK_BOT_TOKEN ?? "",
  receiver,
  logLevel: LogLevel.ERROR,
  deferInitialization: true,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? "" },
});
app.command("/triage", async ({ ack }) => ack());
app.action(/.*/, async ({ ack }) => ack());
await app.init();
await app.start({ host: "127.0.0.1", port: Number(process.env.SLACK_PORT) });
process.stderr.write(`${JSON.stringify({ event: "slack.started" })}\n`);
process.once("SIGTERM", () => void app.stop().then(() => process.exit(0)));
