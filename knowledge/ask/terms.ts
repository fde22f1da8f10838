import { stem, words } from "../text/stem.js";
import type { Lang } from "../types.js";

/**
 * Question words and grammar that every founder's question carries and no entry is about. Words that do
 * carry the question's intent ("who", "when", "much", "long", "кто", "сколько", "қанша") are kept on
 * purpose: entries list them as keywords ("who decides", "how long").
 */
const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    ("a an the and or but if of to in on at by for from with about as into than then so do does did done is are was were be been being " +
      "have has had i me my we us our ours you your it its they them their this that these those there here can could should would will " +
      "shall may might must need needs also any some all just only very what which whether please tell know want how get got getting").split(" "),
  ),
  ru: new Set(
    ("и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее ей мне было вот от меня еще нет о об " +
      "из ему теперь даже ну ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего может они тут где " +
      "есть надо ней для мы тебя их чем была сам чтоб чтобы без будто чего раз тоже себе под будет ж тогда этот того потому этого какой " +
      "какая какие каким совсем ним здесь этом почти мой моя мои тем нее сейчас были зачем всех можно при хоть после над больше тот " +
      "через эти нас про всего них это эту этой свою перед иногда лучше чуть том такой им более всегда конечно всю между наш наша наше " +
      "наши нашу нашего нашей нам нужно нужна нужен нужны ли вообще также который которая которые").split(" "),
  ),
  kk: new Set(
    ("және мен бен пен да де та те ма ме ба бе па пе ғой ғана біз біздің бізге бізде менің маған мені сен сенің сіз сіздің сізге ол " +
      "оның олар олардың бұл осы сол мына анау не үшін туралы бойынша керек қажет бар ма ба бола болады болса бол болып еді деп дейді " +
      "қандай қай қалай немесе әлде егер онда тағы әр барлық өз өзі өзім").split(" "),
  ),
};

/**
 * Snowball and our Kazakh suffix list leave related forms apart (маркировка → маркировк, маркировать →
 * маркирова). Cutting Russian and Kazakh stems to their first seven letters joins most such pairs, at the
 * cost of a few accidental collisions that BM25's idf keeps cheap. English Porter stems are already tight.
 */
const STEM_PREFIX: Record<Lang, number> = { kk: 7, ru: 7, en: Infinity };

/**
 * A hyphenated number such as "692-3" or "19-1" is an article number and stays whole; a hyphenated word
 * such as "чат-бот" or "қауіп-қатер" is searched both whole and by its parts.
 */
function pieces(word: string): string[] {
  if (!word.includes("-") || /\d/.test(word)) return [word];
  return [word, ...word.split("-")];
}

/** The search terms of a text in one language: words, minus stopwords, stemmed and cut to a shared prefix. */
export function searchTerms(text: string, lang: Lang): string[] {
  return words(text)
    .flatMap(pieces)
    .filter((w) => w.length > 0 && !STOPWORDS[lang].has(w))
    .map((w) => stem(w, lang).slice(0, STEM_PREFIX[lang]));
}
