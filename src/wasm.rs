//! The WebAssembly binding: the only file that knows wasm-bindgen.
//!
//! `annotate(text, options?)` takes the options object of the TypeScript type
//! below and returns the result object of `SCHEMA.md`. Bad options throw an
//! `Error` with a message that says what was expected.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{Annotations, Options};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options for annotate(); every field is optional. */
export interface AnnotateOptions {
  /** The article's date, YYYY-MM-DD; otherwise found in the text (a dateline). */
  referenceDate?: string | null;
  /** Which kinds to find; default all. */
  kinds?: Array<"person" | "place" | "date" | "quote">;
  /** Unit of start/end; default "utf16" (JavaScript string indices). */
  offsets?: "utf16" | "chars" | "bytes";
}

/** The result of annotate(): see SCHEMA.md. */
export interface AnnotationResult {
  /** The version of this contract. */
  version: number;
  /** The engine's version, e.g. "0.2.0". */
  engine: string;
  /** The language the text appears to be in (ISO 639-1), or "und" when too
   *  short to tell. For a language other than English nothing is annotated. */
  language: string;
  referenceDate: string | null;
  referenceDateSource: "given" | "dateline" | "none";
  /** Sorted by start, then longest first. */
  annotations: Annotation[];
  entities: Entity[];
}

export interface Annotation {
  kind: "person" | "place" | "date" | "quote";
  /** Start offset (UTF-16 code units by default). */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** Exactly text.slice(start, end). */
  text: string;
  /** The entity this mention belongs to (people and places). */
  entity?: string;
  confidence: number;
  reason: string;
  place?: PlaceInfo;
  date?: DateInfo;
  quote?: QuoteInfo;
}

export interface PlaceInfo {
  name: string;
  countryCode: string;
  featureClass: string;
  lat: number;
  lon: number;
  geonamesId: number;
}

export interface DateInfo {
  type: "date" | "time" | "duration" | "set" | "range";
  /** TIMEX3 value, e.g. "2021-07-05", "2020-12", "P90D"; null when unresolved. */
  value: string | null;
  /** For ranges: the first end's value. */
  start?: string;
  /** For ranges: the last end's value. */
  end?: string;
}

export interface QuoteInfo {
  type: "direct" | "partial" | "scare" | "indirect";
  speaker: { entity: string | null; name: string; start: number; end: number } | null;
  cue: { text: string; start: number; end: number } | null;
}

export interface Entity {
  id: string;
  kind: "person" | "place";
  name: string;
  /** Indices into annotations. */
  mentions: number[];
}
"#;

const OPTION_NAMES: [&str; 3] = ["referenceDate", "kinds", "offsets"];

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct JsOptions {
    reference_date: Option<String>,
    kinds: Option<Vec<String>>,
    offsets: Option<String>,
}

fn error(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

fn options_from_js(value: JsValue) -> Result<Options, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    // serde-wasm-bindgen reads only the fields it knows: catch typos ourselves.
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        for key in js_sys::Object::keys(object).iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(error(format!(
                    "unknown option '{key}': expected referenceDate, kinds or offsets"
                )));
            }
        }
    }
    let js: JsOptions = serde_wasm_bindgen::from_value(value).map_err(|e| {
        error(format!(
            "bad options: {e}; expected {{referenceDate?, kinds?, offsets?}}"
        ))
    })?;
    let mut options = Options::default();
    if let Some(date) = js
        .reference_date
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        options = options.with_reference_date(date).map_err(error)?;
    }
    if let Some(kinds) = js.kinds {
        options = options.with_kinds(&kinds.join(",")).map_err(error)?;
    }
    if let Some(unit) = js.offsets {
        options = options.with_offsets(&unit).map_err(error)?;
    }
    Ok(options)
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Annotates `text`; see `AnnotateOptions` and `AnnotationResult`.
#[wasm_bindgen(js_name = annotate, unchecked_return_type = "AnnotationResult")]
pub fn annotate_js(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnnotateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = options_from_js(options)?;
    let result: Annotations = crate::annotate(text, &options);
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    result
        .serialize(&serializer)
        .map_err(|e| error(format!("could not build the result: {e}")))
}

/// The crate version, e.g. "0.2.0" (every result's `engine`).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
