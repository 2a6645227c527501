// Validate GLB files with the Khronos glTF validator; print one JSON report line per file.
//
//   node media/models3d/validate_gltf.mjs a.glb b.glb
//
// Each line: {"path", "errors", "warnings", "messages": [{code, severity, message, pointer}]}
// (severity 0 is an error; only the first 20 messages are kept). The exit code is 0 even when a
// file has errors: the caller reads the counts. It is 2 when a file cannot be read at all.
import { readFile } from "node:fs/promises";
import validator from "gltf-validator";

let status = 0;
for (const path of process.argv.slice(2)) {
    let bytes;
    try {
        bytes = new Uint8Array(await readFile(path));
    } catch (error) {
        console.error(`${path}: ${error.message}`);
        status = 2;
        continue;
    }
    let line;
    try {
        const report = await validator.validateBytes(bytes, { uri: path, maxIssues: 20, writeTimestamp: false });
        line = {
            path,
            errors: report.issues.numErrors,
            warnings: report.issues.numWarnings,
            messages: report.issues.messages.map(({ code, severity, message, pointer }) => ({ code, severity, message, pointer })),
        };
    } catch (error) {
        // The validator rejects bytes it cannot recognise as glTF or GLB at all.
        line = { path, errors: 1, warnings: 0, messages: [{ code: "UNREADABLE", severity: 0, message: String(error) }] };
    }
    console.log(JSON.stringify(line));
}
process.exitCode = status;
