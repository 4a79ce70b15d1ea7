// Validate JSON instances with ajv 8 (Draft 2020-12) and ajv-formats, offline.
//   node ajv_check.mjs multi SCHEMA_DIR ROOT_NAME INSTANCE...   every *.schema.json added by its $id
//   node ajv_check.mjs bundle BUNDLE_FILE INSTANCE...
// Prints {"<instance path>": true|false, ...}; exits 2 when the schemas cannot be compiled.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [mode, ...rest] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: false, strict: true });
addFormats(ajv);
const read = (file) => JSON.parse(readFileSync(file, "utf8"));

let validate;
let instances;
try {
  if (mode === "multi") {
    const [dir, rootName, ...files] = rest;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".schema.json")).sort()) {
      ajv.addSchema(read(join(dir, name)));
    }
    validate = ajv.getSchema(read(join(dir, `${rootName}.schema.json`)).$id);
    instances = files;
  } else if (mode === "bundle") {
    const [bundle, ...files] = rest;
    validate = ajv.compile(read(bundle));
    instances = files;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
} catch (error) {
  console.error(`the schemas cannot be compiled: ${error.message}`);
  process.exit(2);
}
const verdicts = {};
for (const file of instances) {
  verdicts[file] = validate(read(file)) === true;
}
console.log(JSON.stringify(verdicts));
