// Loads Prisma's WebAssembly schema engine. The native engine is a binary download
// that fails offline; the wasm build ships inside an npm package and applies
// migrations through the same pg driver adapter the app uses. Node 20 cannot import
// a .wasm module directly, so it is instantiated here by hand.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

type TEngineModule = typeof import("@prisma/schema-engine-wasm");
export type TSchemaEngine = Awaited<ReturnType<TEngineModule["SchemaEngine"]["new"]>>;

let loaded: Promise<TEngineModule> | undefined;

async function loadEngineModule(): Promise<TEngineModule> {
  const require = createRequire(import.meta.url);
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as TEngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = await readFile(bgPath.replace(/schema_engine_bg\.js$/, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as never });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

type TScriptable = { executeScript(script: string): Promise<void>; underlyingDriver(): { query(sql: string): Promise<unknown> }; onError(e: unknown): never };

// adapter-pg runs a migration script by splitting it on every ";", which breaks a
// function body ($$ … ; … $$). PostgreSQL takes the whole script as one simple query
// (one implicit transaction, so a failing migration leaves nothing half-applied).
function wholeScriptAdapter(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const a = adapter as unknown as TScriptable;
    a.executeScript = async (script: string) => {
      try {
        await a.underlyingDriver().query(script);
      } catch (err) {
        a.onError(err);
      }
    };
    return adapter;
  };
  return factory;
}

export async function openSchemaEngine(
  databaseUrl: string,
  datamodels?: Array<[string, string]>,
): Promise<{ engine: TSchemaEngine; close: () => void }> {
  loaded ??= loadEngineModule();
  const mod = await loaded;
  const factory = bindMigrationAwareSqlAdapterFactory(wholeScriptAdapter(new PrismaPg({ connectionString: databaseUrl })));
  const logs: string[] = [];
  const engine = await mod.SchemaEngine.new({ datamodels }, (line: string) => logs.push(line), factory);
  return { engine, close: () => engine.free() };
}
