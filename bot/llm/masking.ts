/**
 * Personal data masked before any founder text leaves the process for a language model (issue 12): IINs (the
 * 12-digit individual identification number), phone numbers, e-mail addresses, and names a person introduces as
 * such ("my name is …", «меня зовут …», «менің атым …», "ФИО: …"). Masking is by pattern, so it errs towards
 * masking: a 12-digit order number is masked as an IIN too. See test/bot/llm-parts.test.ts.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// IINs before phones, or a phone pattern would take an IIN's digits.
const IIN = /(?<!\d)\d{12}(?!\d)/g;
// +7 701 234 56 78, 8 (701) 234-56-78, 87012345678: a leading + or 8, then 10 digits in any grouping.
const PHONE = /(?<![\p{L}\p{N}])(?:\+\s?\d{1,3}|8)[\s\-()]*\d{3}[\s\-()]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}(?!\d)/gu;
// One to three capitalised words after words that introduce a name, in our three languages.
const NAME_INTRO = String.raw`(?:my name is|name\s*:|i am called|меня зовут|моё имя|мое имя|зовут|фио\s*:|имя\s*:|менің атым|атым|аты-жөні\s*:|есімім)`;
const NAME = new RegExp(String.raw`(${NAME_INTRO})\s+((?:\p{Lu}[\p{L}'’-]*\s*){1,3})`, "giu");

export const MASKS = { email: "[EMAIL]", iin: "[IIN]", phone: "[PHONE]", name: "[NAME]" } as const;

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, MASKS.email)
    .replace(IIN, MASKS.iin)
    .replace(PHONE, MASKS.phone)
    .replace(NAME, (_, intro: string, name: string) => `${intro} ${MASKS.name}${/\s$/.test(name) ? " " : ""}`);
}
