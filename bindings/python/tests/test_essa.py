"""The essa Python module over libessa.so (ESSA_LIBRARY, or the installed library).

Expected values are acorn's and espree's (acorn.parse / espree.tokenize with ecmaVersion
"latest"), written out by hand for tiny inputs.
"""

import ctypes
import json
import pickle
import threading
import unittest

import essa

ONE = {
    "type": "Program", "start": 0, "end": 1,
    "body": [{"type": "ExpressionStatement", "start": 0, "end": 1,
              "expression": {"type": "Literal", "start": 0, "end": 1, "value": 1, "raw": "1"}}],
    "sourceType": "script",
}


class ParseTest(unittest.TestCase):
    def test_dicts(self):
        self.assertEqual(essa.parse("1"), ONE)

    def test_bytes(self):
        self.assertEqual(essa.parse(b"1"), ONE)

    def test_json_text_is_acorns_key_order(self):
        self.assertEqual(essa.parse("1", json=True), json.dumps(ONE, separators=(",", ":")))

    def test_module_goal(self):
        self.assertEqual(essa.parse("export {}", module=True)["sourceType"], "module")
        self.assertEqual(essa.parse("export {}", module=True)["body"][0]["type"],
                         "ExportNamedDeclaration")

    def test_loc_range_source_file_count_utf16(self):
        ast = essa.parse("'\U0001F600';x", loc=True, range=True, source_file="a.js")
        x = ast["body"][1]
        self.assertEqual(x["range"], [5, 6])
        self.assertEqual(x["loc"], {"start": {"line": 1, "column": 5},
                                    "end": {"line": 1, "column": 6}, "source": "a.js"})

    def test_pretty(self):
        self.assertEqual(essa.parse("1", json=True, pretty=True), json.dumps(ONE, indent=2))

    def test_regex_and_bigint_values_are_none(self):
        body = essa.parse("/a/g; 1n")["body"]
        self.assertIsNone(body[0]["expression"]["value"])
        self.assertEqual(body[0]["expression"]["regex"], {"pattern": "a", "flags": "g"})
        self.assertEqual(body[1]["expression"]["bigint"], "1")

    def test_tokens_beside_the_ast(self):
        ast = essa.parse("a", tokens=True)
        self.assertEqual(ast["tokens"], [{"type": "Identifier", "value": "a", "start": 0, "end": 1}])
        text, tokens = essa.parse("a", tokens=True, json=True)
        self.assertEqual(json.loads(text)["type"], "Program")
        self.assertEqual(json.loads(tokens)[0]["value"], "a")

    def test_comments(self):
        # acorn.parse("a // b", {onComment}) gives this comment; espree's comment: true puts
        # the list on the Program.
        ast = essa.parse("a // b", comments=True)
        self.assertEqual(ast["comments"], [{"type": "Line", "value": " b", "start": 2, "end": 6}])
        self.assertNotIn("comments", essa.parse("a // b"))

    def test_attach_comments(self):
        statement = essa.parse("/*a*/ b", attach_comments=True)["body"][0]
        self.assertEqual(statement["leadingComments"],
                         [{"type": "Block", "value": "a", "start": 0, "end": 5}])
        self.assertNotIn("leadingComments", essa.parse("/*a*/ b")["body"][0])

    def test_stage3_fields(self):
        cls = essa.parse("class A {}", stage3_fields=True)["body"][0]
        self.assertEqual(cls["decorators"], [])
        self.assertNotIn("decorators", essa.parse("class A {}")["body"][0])

    def test_jsx(self):
        element = essa.parse("<a>b</a>", jsx=True)["body"][0]["expression"]
        self.assertEqual(element["type"], "JSXElement")
        with self.assertRaises(essa.ParseError):
            essa.parse("<a>b</a>")
        self.assertEqual(essa.tokenize("<a/>", jsx=True)[1]["type"], "JSXIdentifier")

    def test_acorn_options(self):
        with self.assertRaises(essa.ParseError):
            essa.parse("with (a) {}", strict=True)
        self.assertEqual(essa.parse("return", allow_return_outside_function=True)["body"][0]["type"],
                         "ReturnStatement")
        self.assertEqual(
            essa.parse("await a", allow_await_outside_function=True)["body"][0]["expression"]["type"],
            "AwaitExpression")
        self.assertEqual(
            essa.parse("{ export {} }", module=True, allow_import_export_everywhere=True)
            ["body"][0]["body"][0]["type"], "ExportNamedDeclaration")
        essa.parse("#!x\n1")
        with self.assertRaises(essa.ParseError) as c:
            essa.parse("#!x\n1", allow_hash_bang=False)
        self.assertEqual(c.exception.message, "Unexpected character '!'")
        self.assertEqual(essa.parse("var enum", allow_reserved=True)["body"][0]["type"],
                         "VariableDeclaration")
        with self.assertRaises(essa.ParseError):
            essa.parse("a.if", allow_reserved="never")
        with self.assertRaises(ValueError):
            essa.parse("1", allow_reserved="sometimes")
        self.assertEqual(essa.parse("(a)", preserve_parens=True)["body"][0]["expression"]["type"],
                         "ParenthesizedExpression")

    def test_tokenize_ecma_version(self):
        # espree 11.2: tokenize("a**b", {ecmaVersion: 2015}) gives two "*" (** came with 2016).
        self.assertEqual([t["value"] for t in essa.tokenize("a**b", ecma_version=2015)],
                         ["a", "*", "*", "b"])
        self.assertEqual([t["value"] for t in essa.tokenize("a**b", ecma_version=7)],
                         ["a", "**", "b"])
        self.assertEqual([t["value"] for t in essa.tokenize("a**b")], ["a", "**", "b"])
        with self.assertRaises(essa.ParseError):
            essa.tokenize("#!x\n1", ecma_version=2022)
        with self.assertRaises(essa.EssaError):
            essa.tokenize("1", ecma_version=4)

    def test_ecma_version(self):
        # acorn 8.19: `a &&= b` came with ES2021 (ecmaVersion 12).
        self.assertEqual(essa.parse("a &&= b", ecma_version=2021)["body"][0]["expression"]["operator"],
                         "&&=")
        self.assertEqual(essa.parse("a &&= b", ecma_version=12)["body"][0]["expression"]["operator"],
                         "&&=")
        with self.assertRaises(essa.ParseError) as c:
            essa.parse("a &&= b", ecma_version=2020)
        self.assertEqual((c.exception.message, c.exception.pos), ("Unexpected token", 4))
        # acorn 8.19: optional catch binding came with ES2019 (ecmaVersion 10).
        self.assertEqual(essa.parse("try {} catch {}", ecma_version=2019)["body"][0]["handler"]["param"],
                         None)
        with self.assertRaises(essa.ParseError) as c:
            essa.parse("try {} catch {}", ecma_version=2018)
        self.assertEqual((c.exception.message, c.exception.pos), ("Unexpected token", 13))
        with self.assertRaises(essa.EssaError):
            essa.parse("1", ecma_version=4)
        with self.assertRaises(ValueError):
            essa.parse("1", ecma_version="2020")

    def test_lang(self):
        # typescript-estree 8.74: parse("let a: T = 1", {range: true}).body[0].declarations[0].id
        # (essa keeps start and end besides).
        ident = essa.parse("let a: T = 1", lang="ts", range=True)["body"][0]["declarations"][0]["id"]
        for node in (ident, ident["typeAnnotation"], ident["typeAnnotation"]["typeAnnotation"],
                     ident["typeAnnotation"]["typeAnnotation"]["typeName"]):
            del node["start"], node["end"]
        self.assertEqual(ident, {
            "type": "Identifier", "decorators": [], "name": "a", "optional": False,
            "typeAnnotation": {
                "type": "TSTypeAnnotation", "range": [5, 8],
                "typeAnnotation": {
                    "type": "TSTypeReference", "range": [7, 8],
                    "typeName": {"type": "Identifier", "decorators": [], "name": "T",
                                 "optional": False, "range": [7, 8]}}},
            "range": [4, 8]})
        # with jsx: true, `b as T` inside an element is a TSAsExpression.
        element = essa.parse("<a>{b as T}</a>", lang="tsx")["body"][0]["expression"]
        self.assertEqual(element["children"][0]["expression"]["type"], "TSAsExpression")
        self.assertEqual(essa.parse("type A = B", lang="dts")["body"][0]["type"],
                         "TSTypeAliasDeclaration")
        with self.assertRaises(essa.ParseError):
            essa.parse("let a: T")
        with self.assertRaises(ValueError):
            essa.parse("1", lang="typescript")

    def test_lang_tokens(self):
        # typescript-estree 8.74: parse("let x: A<B<T>> = a.if // c", {tokens: true, comment:
        # true}): `let` a Keyword, `>>` two tokens, `if` after a dot a name.
        tokens = essa.tokenize("let x: A<B<T>> = a.if // c", lang="ts", comments=True)
        self.assertEqual([(t["type"], t["value"]) for t in tokens["tokens"]], [
            ("Keyword", "let"), ("Identifier", "x"), ("Punctuator", ":"), ("Identifier", "A"),
            ("Punctuator", "<"), ("Identifier", "B"), ("Punctuator", "<"), ("Identifier", "T"),
            ("Punctuator", ">"), ("Punctuator", ">"), ("Punctuator", "="), ("Identifier", "a"),
            ("Punctuator", "."), ("Identifier", "if")])
        self.assertEqual([(c["type"], c["value"]) for c in tokens["comments"]], [("Line", " c")])
        program = essa.parse("let; // c", lang="ts", tokens=True, comments=True)
        self.assertEqual([(t["type"], t["value"]) for t in program["tokens"]],
                         [("Identifier", "let"), ("Punctuator", ";")])
        self.assertEqual(program["comments"][0]["value"], " c")

    def test_commonjs_allows_top_level_return(self):
        ast = essa.parse("return 1", commonjs=True)
        self.assertEqual(ast["body"][0]["type"], "ReturnStatement")
        self.assertEqual(ast["sourceType"], "script")
        for goal in ({}, {"module": True}):
            with self.assertRaises(essa.ParseError) as c:
                essa.parse("return 1", **goal)
            self.assertEqual(c.exception.message, "'return' outside of function")

    def test_module_and_commonjs_conflict(self):
        with self.assertRaises(ValueError):
            essa.parse("1", module=True, commonjs=True)


class ErrorTest(unittest.TestCase):
    def test_syntax_error(self):
        with self.assertRaises(essa.ParseError) as c:
            essa.parse("'\U0001F600'\n 'a' 'b'")
        e = c.exception
        self.assertIsInstance(e, SyntaxError)
        self.assertEqual((e.message, e.line, e.column, e.pos), ("Unexpected token", 2, 5, 10))
        self.assertEqual(e.raised_at, 13)  # acorn's raisedAt: it has read the 'b'
        self.assertEqual((e.lineno, e.offset), (2, 6))
        self.assertEqual(str(e), "Unexpected token (2:5)")

    def test_errors_pickle(self):
        e = pickle.loads(pickle.dumps(essa.ParseError("Unexpected token", 2, 5, 10, "f.js", 12)))
        self.assertEqual((e.message, e.line, e.column, e.pos, e.filename, str(e), e.raised_at),
                         ("Unexpected token", 2, 5, 10, "f.js", "Unexpected token (2:5)", 12))
        e = pickle.loads(pickle.dumps(essa.EssaError("input too large", 3)))
        self.assertEqual((e.message, e.status), ("input too large", 3))

    def test_script_goal_rejects_import(self):
        with self.assertRaises(essa.ParseError) as c:
            essa.parse("import x from 'y'")
        self.assertEqual(c.exception.message,
                         "'import' and 'export' may appear only with 'sourceType: module'")

    def test_source_file_names_the_error(self):
        with self.assertRaises(essa.ParseError) as c:
            essa.parse("(", source_file="f.js")
        self.assertEqual(c.exception.filename, "f.js")

    def test_invalid_utf8(self):
        with self.assertRaises(essa.ParseError) as c:
            essa.parse(b"a\n\xff")
        self.assertEqual((c.exception.line, c.exception.column), (2, 0))
        self.assertTrue(c.exception.message.startswith("Invalid UTF-8"))

    def test_lone_surrogate_in_str(self):
        with self.assertRaises(UnicodeEncodeError):
            essa.parse("'\ud800'")

    def test_wrong_type(self):
        with self.assertRaises(TypeError):
            essa.parse(1)

    def test_nesting_limit(self):
        with self.assertRaises(essa.ParseError) as c:
            essa.parse("[[[[1]]]]", max_depth=2)
        self.assertEqual(c.exception.message, "Nesting too deep")


class TokenizeTest(unittest.TestCase):
    def test_tokens(self):
        self.assertEqual(essa.tokenize("a = /=/g", range=True), [
            {"type": "Identifier", "value": "a", "start": 0, "end": 1, "range": [0, 1]},
            {"type": "Punctuator", "value": "=", "start": 2, "end": 3, "range": [2, 3]},
            {"type": "RegularExpression", "value": "/=/g", "start": 4, "end": 8,
             "range": [4, 8], "regex": {"pattern": "=", "flags": "g"}},
        ])

    def test_json_text(self):
        self.assertEqual(essa.tokenize("x", json=True),
                         '[{"type":"Identifier","value":"x","start":0,"end":1}]')

    def test_error(self):
        with self.assertRaises(essa.ParseError):
            essa.tokenize("'\\07'", module=True)

    def test_comments(self):
        # espree.tokenize("a // b", {comment: true}): the tokens and, as a property, comments.
        self.assertEqual(essa.tokenize("a // b", comments=True), {
            "tokens": [{"type": "Identifier", "value": "a", "start": 0, "end": 1}],
            "comments": [{"type": "Line", "value": " b", "start": 2, "end": 6, "range": [2, 6]}],
        })


class FirstReleaseOptions(ctypes.Structure):
    # essa_options as the first release declared it: a program built then passes this.
    _fields_ = essa._Options._fields_[:[name for name, _ in essa._Options._fields_]
                                      .index("source_file") + 1]


class OptionsCompatibilityTest(unittest.TestCase):
    def parse_with(self, options):
        lib = essa._load()
        result = lib.essa_parse(b"a // b", 6, ctypes.cast(ctypes.byref(options),
                                                          ctypes.POINTER(essa._Options)))
        try:
            size = ctypes.c_size_t()
            pointer = lib.essa_result_json(result, ctypes.byref(size))
            return (lib.essa_result_status(result),
                    ctypes.string_at(pointer, size.value).decode() if pointer else None)
        finally:
            lib.essa_result_free(result)

    def test_first_release_struct_gets_the_defaults(self):
        options = FirstReleaseOptions(struct_size=ctypes.sizeof(FirstReleaseOptions), loc=1)
        self.assertEqual(self.parse_with(options), (0, essa.parse("a // b", loc=True, json=True)))

    def test_fields_past_struct_size_are_not_read(self):
        options = essa._Options(struct_size=ctypes.sizeof(FirstReleaseOptions), comments=1)
        self.assertEqual(self.parse_with(options), (0, essa.parse("a // b", json=True)))

    def test_unknown_field_set_is_rejected(self):
        class Newer(ctypes.Structure):
            _fields_ = [("known", essa._Options), ("later", ctypes.c_uint64)]
        options = Newer()
        essa._load().essa_options_init(ctypes.byref(options.known))
        options.known.struct_size = ctypes.sizeof(Newer)
        self.assertEqual(self.parse_with(options)[0], 0)
        options.later = 1
        self.assertEqual(self.parse_with(options), (4, None))  # ESSA_INVALID_ARGUMENT


class LibraryTest(unittest.TestCase):
    def test_version(self):
        major, minor, patch = essa.version().split(".")
        self.assertEqual(int(major), 0)

    def test_library_path(self):
        self.assertIn("libessa.so", essa.library_path())

    def test_threads(self):
        src = "for (const [k, v] of Object.entries(o)) f(k, `${v}`);" * 50
        expected = essa.parse(src, json=True, loc=True)
        results = []

        def work():
            for _ in range(20):
                results.append(essa.parse(src, json=True, loc=True))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(len(results), 80)
        self.assertTrue(all(r == expected for r in results))


if __name__ == "__main__":
    unittest.main()
