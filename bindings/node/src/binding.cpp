// The native side of essa-parser: parse() on a JavaScript string, answering with the tree (and
// its comments and tokens when asked) as words (encode.h) that lib/decoder.generated.cjs
// turns into objects, or with essa's ESTree JSON (parseJson, kept for comparison:
// bench/transfer.mjs); tokenize() with the tokens in the same words. A syntax error comes
// back as [message, pos, line, column, raisedAt] for lib/ to throw; nothing is thrown across the
// boundary from C++.
#include <napi.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "encode.h"
#include "napi_objects.h"

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
  kTypeScript = 1u << 15,  // TS-ESTree (with kJsx: a .tsx file)
  kDts = 1u << 24,         // a declaration file (with kTypeScript)
  kDetectGoal = 1u << 25,  // TypeScript without a sourceType: CommonJS, or module when only
                           // that parses (typescript-estree's answer, as essa-parse gives it)
  kTokens = 1u << 26,      // the tokens too, from the same parse
  kEslint = 1u << 27,      // espree.parse's tree for ESLint: its token types, TemplateElement spans
};
constexpr uint32_t kEditionShift = 16;  // bits 16-23: the edition, 0 for the latest

Napi::Value error_tuple(Napi::Env env, const essa::SyntaxError& error) {
  Napi::Array tuple = Napi::Array::New(env, 5);
  tuple.Set(0u, Napi::String::New(env, error.message));
  tuple.Set(1u, Napi::Number::New(env, error.offset));
  tuple.Set(2u, Napi::Number::New(env, error.line));
  tuple.Set(3u, Napi::Number::New(env, error.column));
  tuple.Set(4u, Napi::Number::New(env, error.raised_at));
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

essa::ParseOptions parse_options(uint32_t flags) {
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
  options.typescript = flags & kTypeScript;
  options.dts = flags & kDts;
  if (flags & kDetectGoal) options.commonjs = true;  // first; parse_detecting tries a module
  if (const uint32_t edition = (flags >> kEditionShift) & 0xFF; edition != 0) {
    options.ecma_version = essa::ecma_version_of(edition);  // 0 (refused) if out of range
  }
  return options;
}

// A buffer kept for the thread, for the code's UTF-8. malloc'd rather than a std::string, so
// that only the bytes written are ever touched (and made resident).
struct Utf8Buffer {
  char* data = nullptr;
  std::size_t size = 0;
  ~Utf8Buffer() { std::free(data); }
  bool fit(std::size_t want) {
    if (want <= size) return true;
    char* grown = static_cast<char*>(std::realloc(data, want));
    if (grown == nullptr) return false;
    data = grown;
    size = want;
    return true;
  }
};

// The code as a SourceText. V8 writes the UTF-8 into the thread's buffer (at most three bytes
// per UTF-16 unit, so no pass to measure it first), which SourceText then copies.
essa::SourceText source_of(Napi::Env env, napi_value code) {
  thread_local Utf8Buffer utf8;
  std::size_t units = 0;
  napi_get_value_string_utf16(env, code, nullptr, 0, &units);
  if (!utf8.fit(units * 3 + 1)) std::abort();  // out of memory, as operator new would end
  std::size_t size = 0;
  napi_get_value_string_utf8(env, code, utf8.data, utf8.size, &size);
  return essa::SourceText::from_bytes({utf8.data, size});
}

Napi::Value too_deep(Napi::Env env) {
  Napi::RangeError::New(env, "essa-parser: the tree is nested too deeply to convert")
      .ThrowAsJavaScriptException();
  return env.Undefined();
}

// The arena of the last parse, kept for the next one on this thread: a reused arena keeps its
// memory, where a fresh one would take page faults on every node's first touch.
thread_local essa::Arena t_arena;

// The tokens of the last parse that asked for them, kept for the next one on this thread.
thread_local std::vector<essa::TokenRecord> t_tokens;

// One parse: the tree, and with kTokens its tokens into t_tokens.
essa::ParseResult parse_tree(essa::SourceText source, const essa::ParseOptions& options,
                             uint32_t flags, essa::Arena arena) {
  if (!(flags & kTokens)) return essa::parse(std::move(source), options, std::move(arena));
  return essa::parse_with_tokens(std::move(source), options, std::move(arena), t_tokens,
                                 (flags & kEslint) != 0);
}

// kDetectGoal after the CommonJS parse failed: the module goal, kept when it parses or gets
// further (as essa-parse's parse_with_goal decides).
essa::ParseResult parse_as_module(essa::ParseResult first, uint32_t flags) {
  if (!first.source().ok()) return first;
  essa::ParseOptions options = parse_options(flags);
  options.commonjs = false;
  options.module = true;
  essa::ParseResult as_module = parse_tree(essa::SourceText::from_bytes(first.source().text()),
                                           options, flags, first.take_arena());
  if (as_module.ok()) return as_module;
  const bool further = as_module.error() != nullptr && first.error() != nullptr &&
                       as_module.error()->byte_offset > first.error()->byte_offset;
  return further ? std::move(as_module) : std::move(first);
}

// [the words' ArrayBuffer (`scratch`, or a new one when they outgrew it), the side text's
// offset in words, its UTF-16 units].
Napi::Value words_answer(Napi::Env env, Napi::ArrayBuffer scratch, const essa_node::Encoded& encoded) {
  napi_value buffer = scratch;
  if (encoded.owned) {
    const std::size_t bytes = encoded.capacity * sizeof(uint32_t);
    const napi_status status = napi_create_external_arraybuffer(
        env, encoded.words, bytes, [](napi_env, void* data, void*) { std::free(data); }, nullptr,
        &buffer);
    if (status != napi_ok) {  // external buffers refused (a sandboxed V8): copy instead
      void* copy = nullptr;
      napi_create_arraybuffer(env, bytes, &copy, &buffer);
      std::memcpy(copy, encoded.words, encoded.size * sizeof(uint32_t));
      std::free(encoded.words);
    }
  }
  Napi::Array answer = Napi::Array::New(env, 3);
  answer.Set(0u, Napi::Value(env, buffer));
  answer.Set(1u, Napi::Number::New(env, static_cast<double>(encoded.side_offset)));
  answer.Set(2u, Napi::Number::New(env, static_cast<double>(encoded.side_units)));
  return answer;
}

bool read_scratch_args(const Napi::CallbackInfo& info) {
  if (info.Length() < 3 || !info[0].IsString() || !info[1].IsNumber() || !info[2].IsArrayBuffer()) {
    Napi::TypeError::New(info.Env(), "essa-parser: expected (code: string, flags: number, scratch: ArrayBuffer)")
        .ThrowAsJavaScriptException();
    return false;
  }
  return true;
}

// parse(code, flags, scratch) -> [ArrayBuffer of words, side text's offset in words, its
// UTF-16 units] (encode.h) | [message, pos, line, column, raisedAt]. The words go into `scratch` (an
// ArrayBuffer lib/ keeps from call to call) when they fit; otherwise into a new buffer,
// which lib/ keeps as the next scratch.
Napi::Value parse_binary(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!read_scratch_args(info)) return env.Undefined();
  const uint32_t flags = info[1].As<Napi::Number>().Uint32Value();
  Napi::ArrayBuffer scratch = info[2].As<Napi::ArrayBuffer>();
  essa::ParseResult result =
      parse_tree(source_of(env, info[0]), parse_options(flags), flags, std::move(t_arena));
  if (!result.ok() && (flags & kDetectGoal)) [[unlikely]] result = parse_as_module(std::move(result), flags);
  if (!result.ok()) {
    t_arena = result.take_arena();
    return error_tuple(env, *result.error());
  }
  essa_node::EncodeOptions options;
  options.loc = flags & kLocations;
  options.comments = flags & kComments;
  options.typescript = flags & kTypeScript;
  options.espree = flags & kEslint;
  if (flags & kTokens) options.tokens = &t_tokens;
  essa_node::Encoded encoded;
  encoded.words = static_cast<uint32_t*>(scratch.Data());
  encoded.capacity = scratch.ByteLength() / sizeof(uint32_t);
  const bool ok = essa_node::encode(result, options, encoded);
  t_arena = result.take_arena();
  if (!ok) return too_deep(env);
  return words_answer(env, scratch, encoded);
}

// parseJson(code, flags, sourceFile?) -> JSON text of the Program | [message, pos, line, column, raisedAt]
Napi::Value parse_json(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string code;
  uint32_t flags = 0;
  if (!read_args(info, code, flags)) return env.Undefined();
  std::string source_file;
  if ((flags & kHasSourceFile) && info.Length() > 2 && info[2].IsString()) {
    source_file = info[2].As<Napi::String>().Utf8Value();
  }

  essa::ParseResult result = essa::parse(code, parse_options(flags));
  if (!result.ok() && (flags & kDetectGoal)) result = parse_as_module(std::move(result), flags);
  if (!result.ok()) return error_tuple(env, *result.error());

  essa::EstreeOptions estree;
  estree.typescript = flags & kTypeScript;
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
  if (!written) return too_deep(env);
  return Napi::String::New(env, json.data(), json.size());
}

// _parseObjectsNapi(code, flags) -> the Program built with Node-API calls | [message, pos,
// line, column]: for bench/transfer.mjs only (napi_objects.h); plain JavaScript, no positions.
Napi::Value parse_objects_napi(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string code;
  uint32_t flags = 0;
  if (!read_args(info, code, flags)) return env.Undefined();
  const essa::ParseResult result = essa::parse(code, parse_options(flags));
  if (!result.ok()) return error_tuple(env, *result.error());
  return Napi::Value(env, essa_node::build_objects(env, result));
}

// tokenize(code, flags, scratch) -> [ArrayBuffer of words, side text's offset in words, its
// UTF-16 units] (encode.h: with kComments the comments, then the tokens), the words in
// `scratch` as parse() puts them | [message, pos, line, column, raisedAt]
Napi::Value tokenize_binary(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!read_scratch_args(info)) return env.Undefined();
  const uint32_t flags = info[1].As<Napi::Number>().Uint32Value();
  Napi::ArrayBuffer scratch = info[2].As<Napi::ArrayBuffer>();
  const essa::SourceText source = source_of(env, info[0]);
  if (source.error() != nullptr) return error_tuple(env, *source.error());
  essa::TokenizeOptions options;
  options.module = flags & kModule;
  options.comments = flags & kComments;
  options.jsx = flags & kJsx;
  options.typescript = flags & kTypeScript;
  options.dts = flags & kDts;
  options.commonjs = (flags & kDetectGoal) || (options.typescript && (flags & kCommonjs));
  if (const uint32_t edition = (flags >> kEditionShift) & 0xFF; edition != 0) {
    options.ecma_version = static_cast<uint16_t>(edition);  // tokenize() refuses a bad one
  }
  essa::TokenizeResult result = essa::tokenize(source, options);
  if (!result.ok() && (flags & kDetectGoal)) {  // as parse_as_module decides
    options.commonjs = false;
    options.module = true;
    essa::TokenizeResult as_module = essa::tokenize(source, options);
    if (as_module.ok() || as_module.error->byte_offset > result.error->byte_offset) {
      result = std::move(as_module);
    }
  }
  if (!result.ok()) return error_tuple(env, *result.error);
  essa_node::EncodeOptions encode_options;
  encode_options.loc = flags & kLocations;
  encode_options.comments = flags & kComments;
  encode_options.typescript = flags & kTypeScript;
  essa_node::Encoded encoded;
  encoded.words = static_cast<uint32_t*>(scratch.Data());
  encoded.capacity = scratch.ByteLength() / sizeof(uint32_t);
  if (!essa_node::encode_tokens(source, result, encode_options, encoded)) std::abort();  // out of memory
  return words_answer(env, scratch, encoded);
}

// The spellings of the enums whose values encode.h packs into head words, indexed by value,
// for the decoder. ImportPhase's None is undefined: the key is left out.
template <class E>
Napi::Array spellings(Napi::Env env, uint32_t count) {
  Napi::Array names = Napi::Array::New(env, count);
  for (uint32_t i = 0; i < count; ++i) {
    const std::string_view name = essa::spelling(static_cast<E>(i));
    names.Set(i, name.empty() ? env.Undefined() : Napi::String::New(env, name.data(), name.size()));
  }
  return names;
}

Napi::Object enums(Napi::Env env) {
  Napi::Object tables = Napi::Object::New(env);
  Napi::Array operators = Napi::Array::New(env);
  uint32_t i = 0;
#define ESSA_OP(Name, spelling)                                          \
  {                                                                     \
    const std::string_view s = essa::operator_spelling(essa::Operator::Name); \
    operators.Set(i++, Napi::String::New(env, s.data(), s.size()));     \
  }
  ESSA_OPERATORS(ESSA_OP)
#undef ESSA_OP
  tables.Set("Operator", operators);
  tables.Set("VarKind", spellings<essa::VarKind>(env, 5));
  tables.Set("PropKind", spellings<essa::PropKind>(env, 3));
  tables.Set("MethodKind", spellings<essa::MethodKind>(env, 4));
  tables.Set("SourceType", spellings<essa::SourceType>(env, 2));
  tables.Set("ImportPhase", spellings<essa::ImportPhase>(env, 3));
  Napi::Array token_types = Napi::Array::New(env);  // essa::TokenType's names, by value
  for (uint32_t t = 0; t <= static_cast<uint32_t>(essa::TokenType::JSXText); ++t) {
    const std::string_view name = essa::token_type_name(static_cast<essa::TokenType>(t));
    token_types.Set(t, Napi::String::New(env, name.data(), name.size()));
  }
  tables.Set("TokenType", token_types);
  return tables;
}

Napi::Object init(Napi::Env env, Napi::Object exports) {
  exports.Set("enums", enums(env));
  exports.Set("parse", Napi::Function::New(env, parse_binary, "parse"));
  exports.Set("parseJson", Napi::Function::New(env, parse_json, "parseJson"));
  exports.Set("tokenize", Napi::Function::New(env, tokenize_binary, "tokenize"));
  exports.Set("_parseObjectsNapi", Napi::Function::New(env, parse_objects_napi, "_parseObjectsNapi"));
  return exports;
}

}  // namespace

NODE_API_MODULE(essa, init)
