// The build's side of the reactions snapshot (./snapshot.ts): npm run build writes it before `next build`.
import fs from "node:fs";
import path from "node:path";
import { temporaryFor } from "../cache";
import { snapshotFile, type ApprovedReactions } from "./snapshot";

/** Writes `approved` to `file` in one step (a reader sees the old file or the new one); returns how many there are. */
export function writeApprovedSnapshot(approved: ApprovedReactions, file = snapshotFile): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = temporaryFor(file);
  fs.writeFileSync(temporary, JSON.stringify(approved));
  fs.renameSync(temporary, file);
  return Object.values(approved).reduce((sum, list) => sum + list.length, 0);
}
