export { setAt } from "../../src/model/path.js";
