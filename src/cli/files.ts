import * as nodeFs from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Label } from "../model/label.js";

/**
 * A file to check: the name shown to the user and where it is. `unreadable` says why a place found
 * in a folder cannot be checked (a folder it may not list, a link loop): reported as a failed file.
 */
export interface FileRef {
  name: string;
  absolute: string;
  unreadable?: Label;
  /** Met in a folder, not named: a file there that holds no report is "not a report", not a failure. */
  found?: true;
}

/** The file-system calls the walk makes: injected so tests can deny what root may always read. */
export interface WalkFs {
  readdirSync(path: string, options: { withFileTypes: true }): nodeFs.Dirent[];
  statSync(path: string): { isDirectory(): boolean; isFile(): boolean };
  realpathSync(path: string): string;
}

// In a folder, only files that can hold a report; a file named on the command line is always read.
const REPORT_FILE = /\.(json|html?|xhtml|shtml|txt|md|markdown|pdf|docx|png|jpe?g|tiff?)$/i;
// Files a report may come as that no reader takes yet: named in the summary, never dropped unsaid.
const SKIPPED_FORMAT = /\.(xlsx?|xlsm|et|docm?|wps|rtf|odt|ods|ofd|pptx?|bmp|gif|webp)$/i;

const REASONS: Record<string, [string, string]> = {
  EACCES: ["没有读取权限", "permission denied"],
  EPERM: ["没有读取权限", "permission denied"],
  ENOENT: ["不存在（失效的链接？）", "does not exist (a broken link?)"],
  ELOOP: ["符号链接循环", "symbolic link loop"],
  ENOTDIR: ["不是文件夹", "not a folder"],
  EIO: ["输入输出错误", "input/output error"],
  EISDIR: ["是文件夹", "is a folder"],
};

function because(error: unknown, what: Label): Label {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? String(error);
  const [zh, en] = REASONS[code] ?? [code, code];
  return { zh: `无法读取${what.zh}：${zh}`, en: `cannot read ${what.en}: ${en}` };
}

/** Why a file could not be read to its end, from the error reading it. */
export const unreadableFile = (error: unknown): Label => because(error, { zh: "文件", en: "file" });

const FOLDER: Label = { zh: "文件夹", en: "folder" };
const LINK: Label = { zh: "链接", en: "link" };

// A folder reached a second time (two links to it, or a link and the folder itself) is walked once.
const again = (real: string): Label => ({
  zh: `文件夹 ${real} 已经检查过（经由链接再次到达），不重复检查`,
  en: `folder ${real} already checked (reached again through a link); not checked twice`,
});

interface Open {
  dir: string;
  real: string;
  entries: nodeFs.Dirent[];
  next: number;
}

/**
 * The report files under a folder, in name order, depth first, without recursion (a deep tree cannot
 * overflow the stack). Symbolic links are followed once: a folder reached again (a loop, or a second
 * link to it) and a link that leads nowhere are reported, never skipped silently.
 */
function walk(
  root: string,
  fs: WalkFs,
  out: FileRef[],
  shown: (absolute: string) => string,
  skipped: string[] | undefined,
): void {
  const walked = new Set<string>();
  const stack: Open[] = [];
  const open = (dir: string, real: string): void => {
    walked.add(real);
    try {
      const entries = fs.readdirSync(dir, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      stack.push({ dir, real, entries, next: 0 });
    } catch (error) {
      out.push({ name: shown(dir), absolute: dir, unreadable: because(error, FOLDER) });
    }
  };
  let rootReal = root;
  try {
    rootReal = fs.realpathSync(root);
  } catch {
    // the root's own listing reports it
  }
  open(root, rootReal);
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Open;
    const entry = top.entries[top.next++];
    if (!entry) {
      stack.pop();
      continue;
    }
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(top.dir, entry.name);
    if (entry.isDirectory()) {
      const real = join(top.real, entry.name);
      if (walked.has(real)) out.push({ name: shown(full), absolute: full, unreadable: again(real) });
      else open(full, real);
    } else if (entry.isFile()) {
      if (REPORT_FILE.test(entry.name)) out.push({ name: shown(full), absolute: full, found: true });
      else if (SKIPPED_FORMAT.test(entry.name)) skipped?.push(shown(full));
    } else if (entry.isSymbolicLink()) {
      let target: { isDirectory(): boolean; isFile(): boolean };
      let real: string;
      try {
        target = fs.statSync(full);
        real = fs.realpathSync(full);
      } catch (error) {
        out.push({ name: shown(full), absolute: full, unreadable: because(error, LINK) });
        continue;
      }
      if (target.isFile()) {
        if (REPORT_FILE.test(entry.name)) out.push({ name: shown(full), absolute: full, found: true });
        else if (SKIPPED_FORMAT.test(entry.name)) skipped?.push(shown(full));
      } else if (target.isDirectory()) {
        if (!walked.has(real)) open(full, real);
        else {
          const loop = top.real === real || top.real.startsWith(`${real}${sep}`);
          out.push({
            name: shown(full),
            absolute: full,
            unreadable: loop
              ? {
                  zh: `符号链接循环：指向上级文件夹 ${real}`,
                  en: `symbolic link loop: points back to ${real}`,
                }
              : again(real),
          });
        }
      }
    }
  }
}

/**
 * The files named, with folders expanded recursively in name order. A name that does not exist is
 * kept: reading it fails later with one clear line, like any other unreadable file; so does a folder
 * it may not list, deep in a tree, and a symbolic link loop. Files in a folder of a format no reader
 * takes (.xlsx, .doc, GIF …) are added to `skipped`, for the summary to name.
 */
export function collectFiles(
  names: readonly string[],
  cwd: string,
  fs: WalkFs = nodeFs,
  skipped?: string[],
): FileRef[] {
  const out: FileRef[] = [];
  for (const name of names) {
    const absolute = resolve(cwd, name);
    let isDir = false;
    try {
      isDir = fs.statSync(absolute).isDirectory();
    } catch {
      // reported when read
    }
    if (!isDir) {
      out.push({ name, absolute });
      continue;
    }
    walk(absolute, fs, out, (file) => join(name, relative(absolute, file)), skipped);
  }
  return out;
}
