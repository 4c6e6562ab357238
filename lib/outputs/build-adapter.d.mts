// Types of ./build-adapter.mjs, which Next imports as plain JavaScript.
import type { NextAdapter } from "next";

export declare const outputsFileName: string;
declare const adapter: NextAdapter;
export default adapter;
