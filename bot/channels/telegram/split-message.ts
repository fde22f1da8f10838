/**
 * Splits Telegram HTML into parts of at most `limit` characters (4096 for a message, 1024 for a caption): at a
 * paragraph break if one is in reach, else a line break, else the end of a sentence, else a space; a single
 * word longer than a whole part is the only thing ever cut, and never inside a tag or an entity (`&amp;`).
 * A part that ends inside `<b>…</b>` closes it and the next part opens it again, so every part parses on its
 * own (T-5 of the channels review; test/bot/telegram-format.test.ts).
 */
export function splitHtml(html: string, limit: number): string[] {
  const parts: string[] = [];
  let open: string[] = [];
  let rest = html;
  for (;;) {
    const reopen = open.join("");
    if (reopen.length + rest.length <= limit) {
      parts.push(reopen + rest);
      return parts;
    }
    // The part must also hold the tags it closes again: a cut that leaves no room for them is tried shorter.
    let room = limit - reopen.length;
    let part: string;
    let stack: string[];
    let cut: { at: number; skip: number };
    do {
      cut = cutPoint(rest, Math.max(room, 1));
      const head = rest.slice(0, cut.at);
      stack = openTagsAfter(open, head);
      part = reopen + head.replace(/[ \t]+$/, "") + stack.slice().reverse().map(closerOf).join("");
      room -= part.length - limit;
    } while (part.length > limit && room > 1);
    parts.push(part);
    open = stack;
    rest = rest.slice(cut.at + cut.skip);
  }
}

const closerOf = (opener: string): string => `</${/^<(\w+)/.exec(opener)![1]}>`;

/** Offsets in `text` that are inside a tag or an entity, where no cut may fall. */
function insideMarkup(text: string, end: number): boolean[] {
  const inside = new Array<boolean>(end + 1).fill(false);
  const markup = /<[^>]*>|&[#\w]+;/g;
  for (let m = markup.exec(text); m !== null && m.index < end; m = markup.exec(text)) {
    for (let i = m.index + 1; i < m.index + m[0].length && i <= end; i++) inside[i] = true;
  }
  return inside;
}

/** Where to cut within the first `room` characters, and how many separator characters to drop there. */
function cutPoint(text: string, room: number): { at: number; skip: number } {
  const window = text.slice(0, room + 1);
  const inside = insideMarkup(text, room + 1);
  const last = (pattern: RegExp): { at: number; skip: number } | undefined => {
    let found: { at: number; skip: number } | undefined;
    for (const m of window.matchAll(pattern)) {
      const at = m.index + (m[1]?.length ?? 0);
      if (at > 0 && at <= room && !inside[at]) found = { at, skip: m[0].length - (m[1]?.length ?? 0) };
    }
    return found;
  };
  return last(/\n\n+/g) ?? last(/\n/g) ?? last(/([.!?…;:])[ \t]+/g) ?? last(/[ \t]+/g) ?? { at: hardCut(text, inside, room), skip: 0 };
}

/**
 * A word longer than a part: cut at the limit, moved back before any tag or entity it would fall inside, and
 * never between the two halves of an emoji (a UTF-16 surrogate pair).
 */
function hardCut(text: string, inside: boolean[], room: number): number {
  let at = room;
  while (at > 1 && (inside[at] || /[\uD800-\uDBFF]/.test(text[at - 1]!))) at--;
  return at;
}

/** The tags still open after `head`, given those open before it. */
function openTagsAfter(before: string[], head: string): string[] {
  const stack = [...before];
  for (const m of head.matchAll(/<(\/?)(\w+)[^>]*>/g)) {
    if (m[1] === "/") stack.pop();
    else stack.push(m[0]);
  }
  return stack;
}
