/** The `enum` module's namespace as emitted code sees it (`enum_.IntEnum`, `enum_.members`). */
export { auto, Enum, StrEnum, members, unique } from "./enum.js";
export { Flag } from "./enum-flag.js";
export { IntEnum, IntFlag } from "./enum-int.js";
