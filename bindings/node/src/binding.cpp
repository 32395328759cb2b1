// The native side of essa-parser: parse() and tokenize() on a JavaScript string, answering
// with essa's ESTree (or espree token) JSON, which lib/ turns into objects with JSON.parse.
// A syntax error comes back as [message, pos, line, column] for lib/ to throw; nothing is
// thrown across the boundary from C++.
#include <napi.h>

#include <cstdint>
#include <string>

#include "essa/estree.h"
#include "essa/parse.h"
#include "essa/tokens.h"

namespace {

// The option bits lib/options.cjs packs (kept in the same order there).
enum Flag : uint32_t {
  kModule = 1u << 0,
  kCommonjs = 1u << 1,
  kStrict = 1u << 2,
  kAllowReturn = 1u << 3,
  kAllowAwait = 1u << 4,
  kAllowImportExport = 1u << 5,
  kAllowHashBang = 1u << 6,
  kReservedYes = 1u << 7,
  kReservedNever = 1u << 8,
  kPreserveParens = 1u << 9,
  kJsx = 1u << 10,
  kLocations = 1u << 11,
  kRanges = 1u << 12,
  kComments = 1u << 13,
  kHasSourceFile = 1u << 14,
};
constexpr uint32_t kEditionShift = 16;  // bits 16-23: the edition, 0 for the latest

Napi::Value error_tuple(Napi::Env env, const essa::SyntaxError& error) {
  Napi::Array tuple = Napi::Array::New(env, 4);
  tuple.Set(0u, Napi::String::New(env, error.message));
  tuple.Set(1u, Napi::Number::New(env, error.offset));
  tuple.Set(2u, Napi::Number::New(env, error.line));
  tuple.Set(3u, Napi::Number::New(env, error.column));
  return tuple;
}

bool read_args(const Napi::CallbackInfo& info, std::string& code, uint32_t& flags) {
  if (info.Length() < 2 || !info[0].IsString() || !info[1].IsNumber()) {
    Napi::TypeError::New(info.Env(), "essa-parser: expected (code: string, flags: number)")
        .ThrowAsJavaScriptException();
    return false;
  }
  code = info[0].As<Napi::String>().Utf8Value();
  flags = info[1].As<Napi::Number>().Uint32Value();
  return true;
}

// parseJson(code, flags, sourceFile?) -> JSON text of the Program | [message, pos, line, column]
Napi::Value parse_json(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string code;
  uint32_t flags = 0;
  if (!read_args(info, code, flags)) return env.Undefined();
  std::string source_file;
  if ((flags & kHasSourceFile) && info.Length() > 2 && info[2].IsString()) {
    source_file = info[2].As<Napi::String>().Utf8Value();
  }

  essa::ParseOptions options;
  options.module = flags & kModule;
  options.commonjs = flags & kCommonjs;
  options.strict = flags & kStrict;
  options.allow_return_outside_function = flags & kAllowReturn;
  options.allow_await_outside_function = flags & kAllowAwait;
  options.allow_import_export_everywhere = flags & kAllowImportExport;
  options.allow_hash_bang = flags & kAllowHashBang;
  options.allow_reserved = (flags & kReservedYes)     ? essa::ParseOptions::AllowReserved::Yes
                           : (flags & kReservedNever) ? essa::ParseOptions::AllowReserved::Never
                                                      : essa::ParseOptions::AllowReserved::Default;
  options.preserve_parens = flags & kPreserveParens;
  options.jsx = flags & kJsx;
  options.comments = flags & kComments;
  if (const uint32_t edition = (flags >> kEditionShift) & 0xFF; edition != 0) {
    options.ecma_version = essa::ecma_version_of(edition);  // 0 (refused) if out of range
  }

  const essa::ParseResult result = essa::parse(code, options);
  if (!result.ok()) return error_tuple(env, *result.error());

  essa::EstreeOptions estree;
  estree.loc = flags & kLocations;
  estree.range = flags & kRanges;
  estree.comments = flags & kComments;
  if (flags & kHasSourceFile) estree.source_file = source_file;
  std::string json;
  json.reserve(code.size() * 8);
  const bool written = essa::write_estree(
      [](void* ctx, const char* data, std::size_t size) {
        static_cast<std::string*>(ctx)->append(data, size);
      },
      &json, result, estree);
  if (!written) {
    Napi::RangeError::New(env, "essa-parser: the tree is nested too deeply to convert")
        .ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return Napi::String::New(env, json.data(), json.size());
}

// tokenizeJson(code, flags) -> JSON text ({tokens, comments} with kComments, else the array)
// | [message, pos, line, column]
Napi::Value tokenize_json(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string code;
  uint32_t flags = 0;
  if (!read_args(info, code, flags)) return env.Undefined();
  const essa::SourceText source = essa::SourceText::from_bytes(code);
  if (source.error() != nullptr) return error_tuple(env, *source.error());
  essa::TokenizeOptions options;
  options.module = flags & kModule;
  options.comments = flags & kComments;
  options.jsx = flags & kJsx;
  const essa::TokenizeResult result = essa::tokenize(source, options);
  if (!result.ok()) return error_tuple(env, *result.error);
  essa::TokenJsonOptions json_options;
  json_options.loc = flags & kLocations;
  json_options.range = flags & kRanges;
  json_options.comments = flags & kComments;
  const std::string json = essa::tokens_to_json(source, result, json_options);
  return Napi::String::New(env, json.data(), json.size());
}

Napi::Object init(Napi::Env env, Napi::Object exports) {
  exports.Set("parseJson", Napi::Function::New(env, parse_json, "parseJson"));
  exports.Set("tokenizeJson", Napi::Function::New(env, tokenize_json, "tokenizeJson"));
  return exports;
}

}  // namespace

NODE_API_MODULE(essa, init)
