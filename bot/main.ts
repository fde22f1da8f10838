import { createTranslator } from "./runtime/i18n.js";

// Chat channels arrive with issue 3; until then `npm start` says so instead of failing.
const t = createTranslator();
console.log(t("en", "common.channelsNext"));
console.log(t("en", "common.disclaimer"));
