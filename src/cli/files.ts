import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/** A file to check: the name shown to the user and where it is. */
export interface FileRef {
  name: string;
  absolute: string;
}

// In a folder, only files that can hold a report; a file named on the command line is always read.
const REPORT_FILE = /\.(json|html?|xhtml|shtml|txt|md|markdown|pdf|docx)$/i;

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && REPORT_FILE.test(entry.name)) out.push(full);
  }
}

/**
 * The files named, with folders expanded recursively in name order. A name that does not exist is
 * kept: reading it fails later with one clear line, like any other unreadable file.
 */
export function collectFiles(names: readonly string[], cwd: string): FileRef[] {
  const out: FileRef[] = [];
  for (const name of names) {
    const absolute = resolve(cwd, name);
    let isDir = false;
    try {
      isDir = statSync(absolute).isDirectory();
    } catch {
      // reported when read
    }
    if (!isDir) {
      out.push({ name, absolute });
      continue;
    }
    const found: string[] = [];
    walk(absolute, found);
    for (const file of found) out.push({ name: join(name, relative(absolute, file)), absolute: file });
  }
  return out;
}
