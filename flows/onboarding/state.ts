import { z } from "zod";

/** The first screen: which language to speak, pre-selected from the platform's language code. */
export const LanguageStep = z.object({ step: z.literal("language") });
/** Between tasks: the menu of what the user can do next. */
export const HomeStep = z.object({ step: z.literal("home") });
