// Checks the content and writes the generated files (see generated-files.ts); npm run dev runs this in the
// background once the server is ready.
import { loadProjectEnv } from "../lib/reactions/environment";

// Settings such as CONTENT_DIR from the project's .env files, as the build reads them, before lib/site.ts loads.
loadProjectEnv();
const { writeGeneratedFiles } = await import("./generated-files");

if (!(await writeGeneratedFiles())) process.exitCode = 1;
