// Entry of the CPU worker threads: the project's code is TypeScript, run by tsx here as
// it is for scripts and export jobs, so the worker loads it the same way.
import { register } from "tsx/esm/api";

register();
const tasks = await import("./cpu-tasks.ts");
export default tasks.default;
