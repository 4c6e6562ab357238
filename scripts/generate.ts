// Checks the content and writes the generated files (see generated-files.ts); npm run dev runs this in the
// background once the server is ready.
import { writeGeneratedFiles } from "./generated-files";

if (!(await writeGeneratedFiles())) process.exitCode = 1;
