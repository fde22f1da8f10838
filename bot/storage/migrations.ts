/**
 * The schema, one step per version, applied in order and recorded in `schema_migrations`.
 * A released step never changes: add a new version instead. Status and role lists are written out
 * literally for the same reason (they MUST match flows/queue/transitions.ts when the step is written).
 */
export type Migration = { version: number; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
-- AUTOINCREMENT: a forgotten user's id stays in the event history, so it must never be handed to someone new.
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  channel TEXT NOT NULL,
  channel_user_key TEXT NOT NULL,
  language TEXT CHECK (language IN ('kk', 'ru', 'en')),
  role TEXT NOT NULL DEFAULT 'founder' CHECK (role IN ('founder', 'reviewer', 'regulator')),
  created_at TEXT NOT NULL,
  UNIQUE (channel, channel_user_key)
);

CREATE TABLE sessions (
  chat_key TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  state_json TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Readable ids restart every year; a counter (not MAX(id)) so that an id is never reused after a deletion.
CREATE TABLE id_sequences (
  scope TEXT PRIMARY KEY,
  counter INTEGER NOT NULL
);

CREATE TABLE submissions (
  id TEXT PRIMARY KEY,
  founder_user_id INTEGER REFERENCES users (id),
  founder_chat_key TEXT,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'in_review', 'changes_requested', 'escalated', 'approved', 'rejected')),
  system_name TEXT,
  assessment_json TEXT NOT NULL,
  dossier_json TEXT NOT NULL,
  kb_version TEXT NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
  resubmission_due TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1))
);
CREATE INDEX submissions_by_status ON submissions (status, created_at);
CREATE INDEX submissions_by_founder ON submissions (founder_user_id);

CREATE TABLE submission_events (
  id INTEGER PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions (id),
  at TEXT NOT NULL,
  actor_user_id INTEGER,
  actor_role TEXT NOT NULL CHECK (actor_role IN ('founder', 'reviewer', 'regulator')),
  action TEXT NOT NULL,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT
);
CREATE INDEX submission_events_by_submission ON submission_events (submission_id, id);

-- The history is evidence of who decided what: no code path may rewrite or erase it.
CREATE TRIGGER submission_events_no_update BEFORE UPDATE ON submission_events
BEGIN SELECT RAISE(ABORT, 'submission_events is append-only'); END;
CREATE TRIGGER submission_events_no_delete BEFORE DELETE ON submission_events
BEGIN SELECT RAISE(ABORT, 'submission_events is append-only'); END;

CREATE TABLE questions (
  id TEXT PRIMARY KEY,
  user_id INTEGER REFERENCES users (id),
  chat_key TEXT,
  lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
  text TEXT,
  status TEXT NOT NULL CHECK (status IN ('open', 'answered')),
  answer TEXT,
  answered_by_role TEXT CHECK (answered_by_role IN ('founder', 'reviewer', 'regulator')),
  created_at TEXT NOT NULL,
  answered_at TEXT,
  submission_id TEXT REFERENCES submissions (id)
);
CREATE INDEX questions_by_status ON questions (status, created_at);
CREATE INDEX questions_by_user ON questions (user_id);

CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  chat_key TEXT NOT NULL,
  kb_version TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  result_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  notified_version TEXT
);
CREATE INDEX assessments_by_user ON assessments (user_id);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  chat_key TEXT NOT NULL,
  payload_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  delivered_at TEXT
);
CREATE INDEX outbox_pending ON outbox (id) WHERE delivered_at IS NULL;

CREATE TABLE processed_updates (
  channel TEXT NOT NULL,
  update_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (channel, update_id)
);

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    sql: `
-- A question comes from a founder (/person) or from the compliance team with a submission (/escalate ID question);
-- a regulator's answer to the team's question reaches the founder of that submission too.
ALTER TABLE questions ADD COLUMN asked_by TEXT NOT NULL DEFAULT 'founder' CHECK (asked_by IN ('founder', 'team'));
CREATE INDEX questions_by_submission ON questions (submission_id);
`,
  },
  {
    version: 3,
    sql: `
-- What the bot owes a chat: the replies of a committed turn, written in the turn's transaction and deleted only
-- once the platform accepted every message of them. sent_parts counts the messages already accepted, so a retry
-- (after a refusal or a crash) resumes after them; message_ids keeps the platform's ids of those messages.
CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  chat_key TEXT NOT NULL,
  channel TEXT NOT NULL,
  lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
  replies_json TEXT NOT NULL,
  sent_parts INTEGER NOT NULL DEFAULT 0,
  message_ids TEXT NOT NULL DEFAULT '[]',
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX deliveries_by_chat ON deliveries (chat_key, id);
CREATE INDEX deliveries_due ON deliveries (channel, next_attempt_at);
`,
  },
  {
    version: 4,
    sql: `
-- The history stays evidence of who decided what and when. The one change it allows is /forget blanking a
-- reason, which is free text that may name the founder; every other column stays as written.
DROP TRIGGER submission_events_no_update;
CREATE TRIGGER submission_events_no_update BEFORE UPDATE ON submission_events
WHEN NOT (NEW.reason IS NULL AND NEW.id = OLD.id AND NEW.submission_id = OLD.submission_id AND NEW.at = OLD.at
  AND NEW.actor_user_id IS OLD.actor_user_id AND NEW.actor_role = OLD.actor_role AND NEW.action = OLD.action
  AND NEW.from_status IS OLD.from_status AND NEW.to_status = OLD.to_status)
BEGIN SELECT RAISE(ABORT, 'submission_events is append-only'); END;
`,
  },
  {
    version: 5,
    sql: `
-- Telegram (issue 10). The message that carries a chat's latest inline keyboard, so the next question can take
-- its buttons away; and people who blocked the bot, so reviewers see that the founder hears nothing, until they
-- write again (that row goes with the person, by its foreign key; a keyboard row holds only a message id).
CREATE TABLE telegram_keyboards (
  chat_key TEXT PRIMARY KEY,
  message_id TEXT NOT NULL
);
CREATE TABLE telegram_unreachable (
  user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  since TEXT NOT NULL
);
`,
  },
  {
    version: 6,
    sql: `
-- The Slack door's own posts (issue 11): the card of each submission in the review channel and each escalation in
-- the regulators' channel, so the next change updates the same message (chat.update) and adds only the history
-- not yet in its thread (history_posted: the id of the last submission_events row posted).
CREATE TABLE slack_posts (
  post_key TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL,
  ts TEXT NOT NULL,
  history_posted INTEGER NOT NULL DEFAULT 0
);
-- Answers from people that the compliance team published for /ask to find: never the law, always marked as a
-- person's answer, with its language and the role of who answered.
CREATE TABLE faq_entries (
  id INTEGER PRIMARY KEY,
  question_id TEXT NOT NULL UNIQUE,
  lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  answered_by_role TEXT NOT NULL CHECK (answered_by_role IN ('reviewer', 'regulator')),
  answered_on TEXT NOT NULL,
  published_by_user_id INTEGER,
  published_at TEXT NOT NULL
);
`,
  },
  {
    version: 7,
    sql: `
-- A page of the queue reads its rows in index order instead of sorting every candidate (issue 13: /queue at
-- 10,000 submissions), and the rule-change re-check finds a chat's newer assessments without a scan.
CREATE INDEX submissions_queue_order ON submissions (status, created_at, id);
CREATE INDEX assessments_by_chat ON assessments (chat_key, id);
`,
  },
];
