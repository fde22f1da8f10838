import { test } from "node:test";
import assert from "node:assert/strict";
import { ENTRIES } from "../../knowledge/entries/index.js";

test("Kazakh entries name the high tier as the law does, «қауіп-қатер дәрежесі жоғары», never «жоғары дәрежелі»", () => {
  const calques = ENTRIES.filter((e) => /жоғары дәреже/i.test(`${e.title.kk}\n${e.text.kk}`)).map((e) => e.id);
  assert.deepEqual(calques, []);
  const saysTier = ENTRIES.filter((e) => /қауіп-қатер дәрежесі жоғары/.test(e.text.kk)).map((e) => e.id);
  for (const id of ["obligation.state_infosec", "listing.trusted_lists"]) assert.ok(saysTier.includes(id), id);
});
