// Generate the TypeScript declarations of the format from the JSON Schemas (offline).
//   node node/generate_types.mjs SCHEMA_DIR OUTPUT_FILE
// One declaration file: the record, the feed and every object they hold. References between
// schema files are followed on disk, never fetched.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { compile } from "json-schema-to-typescript";

const [schemaDir, output] = process.argv.slice(2);
const dir = resolve(schemaDir);
const read = (name) => JSON.parse(readFileSync(join(dir, `${name}.schema.json`), "utf8"));
const byId = new Map();
for (const file of readdirSync(dir).filter((n) => n.endsWith(".schema.json")).sort()) {
  const name = file.replace(".schema.json", "");
  const schema = read(name);
  byId.set(schema.$id, name);
}

// A resolver for json-schema-ref-parser that serves the format's schemas from disk by $id or file name.
const local = {
  order: 1,
  canRead: true,
  read(file) {
    const url = file.url;
    const name = byId.get(url.split("#")[0]) ?? url.split("/").pop().replace(".schema.json", "");
    return readFileSync(join(dir, `${name}.schema.json`), "utf8");
  },
};

const banner = "/* Generated from the newsevent JSON Schemas by node/generate_types.mjs. Do not edit. */";
const options = {
  bannerComment: banner,
  cwd: dir,
  declareExternallyReferenced: true,
  additionalProperties: false,
  unreachableDefinitions: false,
  format: true,
  $refOptions: { resolve: { file: local, http: local, external: true } },
};
const feed = read("feed");
const text = await compile(feed, "Feed", options);
writeFileSync(output, text);
