"""essa: parse JavaScript into ESTree (as acorn does), from Python.

A thin ctypes layer over essa's C API (libessa.so); standard library only.

    >>> import essa
    >>> essa.parse("let x = 1;")["body"][0]["type"]
    'VariableDeclaration'
    >>> essa.parse("export {}", module=True, json=True)[:30]
    '{"type":"Program","start":0,"e'

The library is found through, in order: the ESSA_LIBRARY environment variable (a path to
libessa.so), the library installed beside this package (cmake --install), then the system's
library search path (LD_LIBRARY_PATH, ldconfig).
"""

import ctypes
import json as _json
import os
import threading

__all__ = ["parse", "tokenize", "ParseError", "EssaError", "version", "library_path"]

# Status codes of essa/essa.h (essa_status).
_OK = 0
_SYNTAX_ERROR = 1
_INVALID_UTF8 = 2


class EssaError(Exception):
    """essa could not produce a result: bad argument, input too large, out of memory."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status

    def __reduce__(self):  # picklable, so errors cross process pools (multiprocessing, Dask)
        return (EssaError, (self.message, self.status))


class ParseError(SyntaxError):
    """The source is not valid JavaScript (or not valid UTF-8).

    message: acorn's message; line: 1-based; column: 0-based in UTF-16 code units; pos: the
    UTF-16 offset from the start (acorn's err.pos); raised_at: acorn's err.raisedAt, where its
    tokenizer stood when it raised the error (UTF-16 offset; pos when not given). SyntaxError's
    own lineno and offset hold the line and the 1-based column, so tracebacks point at the
    place.
    """

    def __init__(self, message, line, column, pos, filename=None, raised_at=None):
        super().__init__(
            "%s (%d:%d)" % (message, line, column), (filename, line, column + 1, None)
        )
        self.message = message
        self.line = line
        self.column = column
        self.pos = pos
        self.raised_at = pos if raised_at is None else raised_at

    def __reduce__(self):
        return (
            ParseError,
            (self.message, self.line, self.column, self.pos, self.filename, self.raised_at),
        )

    def __str__(self):
        return self.msg  # acorn's "message (line:column)", without Python's "(line N)"


class _Options(ctypes.Structure):
    # essa_options of essa/essa.h, field for field.
    _fields_ = [
        ("struct_size", ctypes.c_uint32),
        ("goal", ctypes.c_uint32),
        ("loc", ctypes.c_uint8),
        ("range", ctypes.c_uint8),
        ("tokens", ctypes.c_uint8),
        ("pretty", ctypes.c_uint8),
        ("max_depth", ctypes.c_uint32),
        ("source_file", ctypes.c_char_p),
        ("comments", ctypes.c_uint8),
        ("attach_comments", ctypes.c_uint8),
        ("stage3_fields", ctypes.c_uint8),
        ("jsx", ctypes.c_uint8),
        ("strict", ctypes.c_uint8),
        ("allow_return_outside_function", ctypes.c_uint8),
        ("allow_await_outside_function", ctypes.c_uint8),
        ("allow_import_export_everywhere", ctypes.c_uint8),
        ("hash_bang_is_error", ctypes.c_uint8),
        ("allow_reserved", ctypes.c_uint8),
        ("preserve_parens", ctypes.c_uint8),
        ("unused_0_", ctypes.c_uint8 * 5),
        ("ecma_version", ctypes.c_uint16),
        ("unused_1_", ctypes.c_uint8 * 6),
        ("lang", ctypes.c_uint8),
    ]

# The languages of `lang`: (essa_lang, JSX).
_LANGS = {"js": (0, False), "jsx": (0, True), "ts": (1, False), "tsx": (1, True),
          "dts": (2, False)}

# acorn's allowReserved values, as essa_allow_reserved.
_ALLOW_RESERVED = {False: 0, True: 1, "never": 2}


class _Error(ctypes.Structure):
    _fields_ = [
        ("message", ctypes.c_char_p),
        ("message_length", ctypes.c_size_t),
        ("line", ctypes.c_uint32),
        ("column", ctypes.c_uint32),
        ("offset", ctypes.c_uint32),
        ("byte_offset", ctypes.c_uint32),
        ("raised_at", ctypes.c_uint32),
    ]


_SOVERSION = 0  # the SONAME's number: libessa.so.0
_lib = None
_lib_path = None
_lib_lock = threading.Lock()


def _candidates():
    env = os.environ.get("ESSA_LIBRARY")
    if env:
        yield env
        return
    try:
        from . import _install  # written by cmake --install
    except ImportError:
        _install = None
    if _install is not None:
        here = os.path.dirname(os.path.abspath(__file__))
        yield os.path.normpath(os.path.join(here, _install.LIBRARY))
    yield "libessa.so.%d" % _SOVERSION


def _load():
    global _lib, _lib_path
    with _lib_lock:
        if _lib is not None:
            return _lib
        errors = []
        for path in _candidates():
            try:
                lib = ctypes.CDLL(path)
            except OSError as e:
                errors.append(str(e))
                continue
            _declare(lib)
            _lib_path = path
            _lib = lib
            return lib
        raise OSError(
            "essa: cannot load libessa.so (set ESSA_LIBRARY to its path): " + "; ".join(errors)
        )


def _declare(lib):
    p = ctypes.c_void_p
    lib.essa_options_init.argtypes = [ctypes.POINTER(_Options)]
    lib.essa_options_init.restype = None
    for name in ("essa_parse", "essa_tokenize"):
        f = getattr(lib, name)
        f.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_Options)]
        f.restype = p
    lib.essa_result_status.argtypes = [p]
    lib.essa_result_status.restype = ctypes.c_int
    for name in ("essa_result_json", "essa_result_tokens"):
        f = getattr(lib, name)
        f.argtypes = [p, ctypes.POINTER(ctypes.c_size_t)]
        f.restype = p  # a pointer, not c_char_p: the text is read with its length
    lib.essa_result_error.argtypes = [p]
    lib.essa_result_error.restype = ctypes.POINTER(_Error)
    lib.essa_result_free.argtypes = [p]
    lib.essa_result_free.restype = None
    lib.essa_version.argtypes = []
    lib.essa_version.restype = ctypes.c_char_p


def library_path():
    """The path or name libessa.so was loaded from."""
    _load()
    return _lib_path


def version():
    """The version of the loaded libessa.so, "MAJOR.MINOR.PATCH"."""
    return _load().essa_version().decode("ascii")


def _source_bytes(source):
    if isinstance(source, str):
        return source.encode("utf-8")  # lone surrogates raise UnicodeEncodeError
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    raise TypeError("source must be str or bytes, not %s" % type(source).__name__)


_GOAL_SCRIPT, _GOAL_MODULE, _GOAL_COMMONJS = 0, 1, 2  # essa_goal


def _call(function, source, module, commonjs=False, loc=False, range=False, pretty=False,
          tokens=False, source_file=None, max_depth=0, comments=False, attach_comments=False,
          stage3_fields=False, jsx=False, strict=False, allow_return_outside_function=False,
          allow_await_outside_function=False, allow_import_export_everywhere=False,
          allow_hash_bang=True, allow_reserved=False, preserve_parens=False,
          ecma_version="latest", lang="js"):
    if module and commonjs:
        raise ValueError("module and commonjs cannot both be set")
    lib = _load()
    data = _source_bytes(source)
    options = _Options()
    lib.essa_options_init(ctypes.byref(options))
    options.goal = _GOAL_MODULE if module else _GOAL_COMMONJS if commonjs else _GOAL_SCRIPT
    options.loc = bool(loc)
    options.range = bool(range)
    options.pretty = bool(pretty)
    options.tokens = bool(tokens)
    options.max_depth = max_depth
    if source_file is not None:
        options.source_file = source_file.encode("utf-8")
    options.comments = bool(comments)
    options.attach_comments = bool(attach_comments)
    options.stage3_fields = bool(stage3_fields)
    if lang not in _LANGS:
        raise ValueError('lang is "js", "jsx", "ts", "tsx" or "dts"')
    options.lang, lang_jsx = _LANGS[lang]
    options.jsx = bool(jsx) or lang_jsx
    options.strict = bool(strict)
    options.allow_return_outside_function = bool(allow_return_outside_function)
    options.allow_await_outside_function = bool(allow_await_outside_function)
    options.allow_import_export_everywhere = bool(allow_import_export_everywhere)
    options.hash_bang_is_error = not allow_hash_bang
    if allow_reserved not in _ALLOW_RESERVED:
        raise ValueError('allow_reserved is True, False or "never"')
    options.allow_reserved = _ALLOW_RESERVED[allow_reserved]
    options.preserve_parens = bool(preserve_parens)
    if ecma_version != "latest":
        if isinstance(ecma_version, bool) or not isinstance(ecma_version, int) \
                or not 0 < ecma_version < 65536:
            raise ValueError('ecma_version is "latest", 3, 5, 6 to 17 or 2015 to 2026')
        options.ecma_version = ecma_version  # the library checks the range
    result = getattr(lib, function)(data, len(data), ctypes.byref(options))
    try:
        status = lib.essa_result_status(result)
        if status != _OK:
            e = lib.essa_result_error(result).contents
            message = ctypes.string_at(e.message, e.message_length).decode("utf-8", "replace")
            if status in (_SYNTAX_ERROR, _INVALID_UTF8):
                raise ParseError(message, e.line, e.column, e.offset, source_file, e.raised_at)
            raise EssaError(message, status)
        texts = []
        for getter in ("essa_result_json", "essa_result_tokens"):
            size = ctypes.c_size_t()
            pointer = getattr(lib, getter)(result, ctypes.byref(size))
            texts.append(None if not pointer else ctypes.string_at(pointer, size.value).decode("utf-8"))
        return texts
    finally:
        lib.essa_result_free(result)


def parse(source, module=False, loc=False, range=False, tokens=False, source_file=None,
          json=False, pretty=False, max_depth=0, commonjs=False, comments=False,
          attach_comments=False, stage3_fields=False, jsx=False, strict=False,
          allow_return_outside_function=False, allow_await_outside_function=False,
          allow_import_export_everywhere=False, allow_hash_bang=True, allow_reserved=False,
          preserve_parens=False, ecma_version="latest", lang="js"):
    """Parses JavaScript; returns the ESTree Program that acorn.parse returns with
    ecmaVersion "latest" (as dicts and lists), or its JSON text when json=True.

    source: str, or bytes holding UTF-8. module: the module goal (else a script). commonjs: a
    CommonJS module (acorn's sourceType "commonjs": top-level return allowed; "sourceType"
    stays "script"). loc, range, source_file: acorn's locations, ranges and sourceFile. tokens:
    the Program gets a "tokens" list, as espree's tokens option gives (as JSON text: a pair
    (ast, tokens)). comments: the Program gets a "comments" list (acorn's onComment array,
    espree's comment option). attach_comments: leadingComments, trailingComments and
    innerComments on the nodes, by Babel's rules. stage3_fields: "decorators": [] and
    "phase": None on every node that can carry them. pretty: indented JSON text. max_depth:
    the nesting limit (0: essa's default). jsx: JSX, as acorn-jsx parses it. strict,
    allow_return_outside_function, allow_await_outside_function, allow_import_export_everywhere,
    allow_hash_bang, allow_reserved (True, False or "never"), preserve_parens: acorn's options
    of those names (docs/cli.md), with acorn's defaults. ecma_version: acorn's ecmaVersion,
    "latest" (the default), 3, 5, 6 to 17 or 2015 to 2026; an older one rejects later syntax as
    acorn does (allow_hash_bang keeps its own default: pass False before 2023 to match acorn).
    lang: "js" (the default), "jsx" (as jsx=True), "ts" (TypeScript), "tsx" (TypeScript with
    JSX) or "dts" (a declaration file); TypeScript gives the TS-ESTree Program that
    typescript-estree's parse gives (docs/typescript.md), its tokens and comments included.
    A syntax error raises ParseError; a bad argument or an input over 4 GiB raises EssaError.
    Regular expression and BigInt literals have "value": None (JSON cannot hold them).
    """
    ast, token_list = _call("essa_parse", source, module, commonjs, loc, range, pretty, tokens,
                            source_file, max_depth, comments, attach_comments, stage3_fields,
                            jsx, strict, allow_return_outside_function,
                            allow_await_outside_function, allow_import_export_everywhere,
                            allow_hash_bang, allow_reserved, preserve_parens, ecma_version,
                            lang)
    if json:
        return (ast, token_list) if tokens else ast
    program = _json.loads(ast)
    if tokens:
        program["tokens"] = _json.loads(token_list)
    return program


def tokenize(source, module=False, loc=False, range=False, json=False, pretty=False,
             comments=False, jsx=False, lang="js", ecma_version="latest"):
    """The tokens of a source as espree.tokenize reports them: a list of dicts with type,
    value, start, end (and loc, range, regex), or their JSON text when json=True. With
    comments=True: {"tokens": [...], "comments": [...]}, espree.tokenize's result with
    comment: true (whose comments are a property of the list), as a dict or its JSON text.
    jsx: espree's JSX tokens (ecmaFeatures.jsx). lang: as parse's; TypeScript gives
    typescript-estree's tokens (and comments). ecma_version: espree's ecmaVersion, the values
    parse takes: a later edition's tokens are not formed ("a**b" before 2016 is two "*"), "let"
    and "yield" are Identifiers up to 5, a hashbang is an error before 2023. A source that does
    not parse raises ParseError."""
    _, token_list = _call("essa_tokenize", source, module, loc=loc, range=range, pretty=pretty,
                          comments=comments, jsx=jsx, lang=lang, ecma_version=ecma_version)
    return token_list if json else _json.loads(token_list)
