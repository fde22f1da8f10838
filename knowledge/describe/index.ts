export { describe } from "./describe.js";
export { Description, Inference, InferredProfile } from "./description.js";
