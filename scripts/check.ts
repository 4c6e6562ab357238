// npm run check [-- <content folder>]: checks every content file the way the build does, without building.
import path from "node:path";
import { site } from "../lib/site";
import { checkContent } from "./content-check";

const contentDir = process.argv[2] ? path.resolve(process.argv[2]) : site.contentDir;
if (!(await checkContent(contentDir))) process.exitCode = 1;
