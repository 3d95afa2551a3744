import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/main.js";

const guide = readFileSync(new URL("../../docs/guide.md", import.meta.url), "utf8");

// The usage block under "## The command": every line that starts a command.
function usageBlock(): string[] {
  const section = guide.slice(guide.indexOf("## The command"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block.split("\n").filter((line) => line.startsWith("npx zfxxgk "));
}

describe("the guide's list of commands", () => {
  it("lists each command once, with its own usage line", () => {
    const names = usageBlock().map((line) => line.split(" ")[2]);
    expect([...names].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))("names every option of %s", (name, command) => {
    const section = guide.slice(guide.indexOf("## The command"));
    const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const start = block.indexOf(`npx zfxxgk ${name} `);
    const next = block.indexOf("npx zfxxgk ", start + 1);
    const lines = block.slice(start, next === -1 ? undefined : next);
    for (const option of command.usage.match(/--[a-z-]+/g) ?? []) expect(lines, option).toContain(option);
  });
});
