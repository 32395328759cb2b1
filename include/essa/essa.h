/* essa's C API: JavaScript source in, ESTree JSON (or the token list) out, from C or any
   language with a C foreign-function interface. C99; nothing is thrown across it.

     essa_options options;
     essa_options_init(&options);
     options.goal = ESSA_GOAL_MODULE;
     essa_result* result = essa_parse(source, length, &options);
     if (essa_result_status(result) == ESSA_OK) {
       size_t size;
       const char* json = essa_result_json(result, &size);   (owned by the result)
     } else {
       const essa_error* error = essa_result_error(result);  (message, line, column, offset)
     }
     essa_result_free(result);

   Thread safety: there is no global state. Any number of threads may parse at once; a result
   is immutable once returned, so several threads may read one result, and it may be freed on
   any thread (once). Ownership and limits: docs/library.md. */
#ifndef ESSA_ESSA_H
#define ESSA_ESSA_H

#include <stddef.h>
#include <stdint.h>

#include "essa/version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest input in bytes: positions inside are 32-bit, and the parser pads the text. */
#define ESSA_MAX_INPUT_SIZE ((size_t)0xFFFFFFFFu - 64u)

typedef enum essa_status {
  ESSA_OK = 0,
  ESSA_SYNTAX_ERROR = 1,     /* not valid JavaScript for the goal; the error says where */
  ESSA_INVALID_UTF8 = 2,     /* the bytes are not UTF-8; the error says where */
  ESSA_INPUT_TOO_LARGE = 3,  /* more than ESSA_MAX_INPUT_SIZE bytes */
  ESSA_INVALID_ARGUMENT = 4, /* NULL source with a nonzero length, or bad options */
  ESSA_TOO_DEEP = 5,         /* parsed, but nested too deeply to write as JSON */
  ESSA_OUT_OF_MEMORY = 6,
  /* Not a status: makes every int a valid essa_status value in C++ as in C, so that statuses
     added later are not undefined behaviour in an older library, and keeps the type 32-bit. */
  ESSA_STATUS_MAX_ENUM = 0x7FFFFFFF
} essa_status;

typedef enum essa_goal {
  ESSA_GOAL_SCRIPT = 0, /* a classic script (acorn's sourceType "script") */
  ESSA_GOAL_MODULE = 1, /* a module: strict, import/export, top-level await */
  /* A CommonJS module (Node's .cjs files, acorn's sourceType "commonjs"): the script goal
     parsed as the body of the function Node wraps it in, so `return`, `new.target` and `using`
     are allowed at the top level; "sourceType" stays "script". */
  ESSA_GOAL_COMMONJS = 2,
  ESSA_GOAL_MAX_ENUM = 0x7FFFFFFF
} essa_goal;

/* Parse options. Always fill with essa_options_init() first, then set fields: struct_size
   tells the library which fields the caller knows, so fields can be added at the end in later
   versions without breaking programs built against this header. The library reads only the
   fields struct_size covers (the others keep their defaults), and rejects a larger struct that
   sets a field it does not know (ESSA_INVALID_ARGUMENT). New fields go at the end only, and
   start at the previous version's sizeof (its tail padding is never reused), so struct_size
   alone tells which fields a caller knows. */
typedef struct essa_options {
  uint32_t struct_size; /* sizeof(essa_options), set by essa_options_init() */
  uint32_t goal;        /* essa_goal; default ESSA_GOAL_SCRIPT */
  uint8_t loc;          /* "loc" {start: {line, column}, end} on every node (acorn's locations) */
  uint8_t range;        /* "range" [start, end] on every node (acorn's ranges) */
  uint8_t tokens;       /* essa_parse also lists the tokens (essa_result_tokens) */
  uint8_t pretty;       /* indent as JSON.stringify(value, null, 2) */
  /* Nesting deeper than this is the syntax error "Nesting too deep"; 0 is the default, 2000.
     The parser and the writer recurse once per level: raise it only with a larger stack. */
  uint32_t max_depth;
  /* acorn's sourceFile: with loc, every "loc" ends with "source": this name. NUL-terminated
     UTF-8; NULL for none. Copied: it need not outlive the call. */
  const char* source_file;
  /* -- Fields below were added after the first release: an older program's struct_size ends
     before them, and it gets their defaults (all 0). -- */
  /* "comments": [...] as the Program's last key: every comment, as acorn's onComment array
     ({type: "Line"|"Block", value, start, end[, loc][, range]}, where espree's `comment: true`
     puts it). With essa_tokenize: {"tokens": [...], "comments": [...]}, as
     espree.tokenize(source, {comment: true}) gives them. */
  uint8_t comments;
  /* "leadingComments", "trailingComments", "innerComments" on the nodes the comments belong
     to, by Babel's attachComment rules. Independent of `comments` (set both for both). Not
     for essa_tokenize. */
  uint8_t attach_comments;
  /* The stage-3 keys on every node that can carry them: "decorators": [] on classes, methods
     and fields, "phase": null on imports (by default, as acorn: only when non-empty or set). */
  uint8_t stage3_fields;
  /* JSX, as acorn-jsx parses it; with essa_tokenize (or tokens), espree's JSX tokens. */
  uint8_t jsx;
  /* acorn's options (docs/cli.md, "acorn's options"); 0 is acorn's default for each. They
     decide what the parse accepts; the token list (essa_tokenize, or tokens) follows espree's
     tokenize(), which has none of them, and ignores them (but ecma_version, below). */
  uint8_t strict;                         /* strict: true: the script is strict mode code */
  uint8_t allow_return_outside_function;  /* allowReturnOutsideFunction */
  uint8_t allow_await_outside_function;   /* allowAwaitOutsideFunction; not with CommonJS */
  uint8_t allow_import_export_everywhere; /* allowImportExportEverywhere */
  uint8_t hash_bang_is_error;             /* allowHashBang: false */
  uint8_t allow_reserved;                 /* essa_allow_reserved: allowReserved */
  uint8_t preserve_parens;                /* preserveParens: ParenthesizedExpression nodes */
  /* -- Fields below came after acorn's options above. The first starts at that struct's
     sizeof (40): the bytes before it are named, and stay 0. -- */
  uint8_t unused_0_[5];
  /* acorn's ecmaVersion (and espree's, for the tokens): 0 is "latest" (the default); else an
     edition, 3, 5 or 6 to 17, or its year,
     2015 to 2026 (anything else: ESSA_INVALID_ARGUMENT). An older edition rejects later
     syntax as acorn does. acorn's allowHashBang is false by default before 2023: set
     hash_bang_is_error there to match it. */
  uint16_t ecma_version;
  /* -- Fields below came after ecma_version. The first starts at that struct's sizeof (48):
     the bytes before it are named, and stay 0. -- */
  uint8_t unused_1_[6];
  /* essa_lang: the language parsed, JavaScript by default. TypeScript is written as
     TS-ESTree (@typescript-eslint/typescript-estree's shape, docs/typescript.md); with jsx,
     TypeScript with JSX (a .tsx file). */
  uint8_t lang;
} essa_options;

/* essa_options.lang. */
typedef enum essa_lang {
  ESSA_LANG_JAVASCRIPT = 0, /* JavaScript, as acorn parses it */
  ESSA_LANG_TYPESCRIPT = 1, /* TypeScript (a .ts file), as typescript-estree parses it */
  ESSA_LANG_DTS = 2,        /* a TypeScript declaration file (.d.ts) */
  ESSA_LANG_MAX_ENUM = 0x7FFFFFFF
} essa_lang;

/* essa_options.allow_reserved, as acorn's allowReserved. */
typedef enum essa_allow_reserved {
  ESSA_RESERVED_DEFAULT = 0, /* false: `enum` (and `await` in modules) are not names */
  ESSA_RESERVED_ALLOW = 1,   /* true: they may be names */
  ESSA_RESERVED_NEVER = 2,   /* "never": nor may keywords be property names (`a.if`) */
  ESSA_RESERVED_MAX_ = 0x7fffffff
} essa_allow_reserved;

/* Sets every option to its default and struct_size to sizeof(essa_options). */
void essa_options_init(essa_options* options);

/* The outcome of one call: JSON or an error. Opaque; free it with essa_result_free(). */
typedef struct essa_result essa_result;

/* Where and what went wrong. Owned by the result. */
typedef struct essa_error {
  const char* message;   /* acorn's wording, UTF-8, NUL-terminated */
  size_t message_length; /* in bytes, without the NUL */
  uint32_t line;         /* 1-based; 0 when the error has no position (arguments, limits) */
  uint32_t column;       /* 0-based, in UTF-16 code units (as acorn's loc.column) */
  uint32_t offset;       /* UTF-16 code units from the start (as acorn's pos) */
  uint32_t byte_offset;  /* bytes from the start of the input */
  /* Added after the first release (the struct is only read through a result's pointer). */
  uint32_t raised_at;    /* acorn's raisedAt: where its tokenizer stood when it raised the
                            error, in UTF-16 code units (often the end of the token after the
                            offending one); the offset for invalid UTF-8 */
} essa_error;

/* Parses `length` bytes of UTF-8 at `source` (which need not be NUL-terminated and is not
   kept after the call) with `options` (NULL: the defaults). Returns a result to free with
   essa_result_free(); NULL only when even the result could not be allocated, and every
   essa_result_* function treats NULL as a result with status ESSA_OUT_OF_MEMORY. `source`
   may be NULL when `length` is 0. */
essa_result* essa_parse(const char* source, size_t length, const essa_options* options);

/* Only the token list, in espree's tokenize() format (options.goal, loc, range, pretty and
   comments apply; options.tokens is implied; ESSA_GOAL_COMMONJS tokenizes as a script). A
   source that does not parse is an error. */
essa_result* essa_tokenize(const char* source, size_t length, const essa_options* options);

essa_status essa_result_status(const essa_result* result);

/* The ESTree Program as JSON, no trailing newline, exactly what `essa-parse` prints for the
   same options. NUL-terminated; *length (when length is not NULL) gets its size in bytes.
   NULL (and *length 0) unless the status is ESSA_OK and the result came from essa_parse. The
   text belongs to the result: valid until essa_result_free(). */
const char* essa_result_json(const essa_result* result, size_t* length);

/* The tokens, exactly what `essa-parse --tokens` prints: a JSON array, or from essa_tokenize
   with options.comments the object {"tokens": [...], "comments": [...]} (essa_parse's list is
   always the array: its comments are in the Program). NULL unless the status is ESSA_OK and
   tokens were asked for (essa_tokenize, or options.tokens). */
const char* essa_result_tokens(const essa_result* result, size_t* length);

/* The error; NULL when the status is ESSA_OK. Valid until essa_result_free(). */
const essa_error* essa_result_error(const essa_result* result);

/* Frees the result and everything it owns. NULL is ignored. */
void essa_result_free(essa_result* result);

/* A constant name for a status: "ok", "syntax error", ... */
const char* essa_status_name(essa_status status);

/* The library's version, "MAJOR.MINOR.PATCH", and as ESSA_VERSION_NUMBER computes it. */
const char* essa_version(void);
int essa_version_number(void);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* ESSA_ESSA_H */
