// JsonOut must print exactly what Node's JSON.stringify prints. Every expected string below was
// printed by Node 20 (`node -e 'console.log(JSON.stringify(JSON.stringify(value)))'`).
//
// tests/fixtures/json/numbers.txt holds "<hex bits of a double> <JSON.stringify output>" per line:
// powers of ten, random values from 1e-8 to 1e23, and random bit patterns (xorshift64, fixed
// seed). It was made from the repository root with:
//   node -e 'const d=new DataView(new ArrayBuffer(8)),M=(1n<<64n)-1n,o=[];let s=0x9e3779b97f4a7c15n;const r=()=>(s^=(s<<13n)&M,s^=s>>7n,s^=(s<<17n)&M,s),put=v=>{d.setFloat64(0,v);o.push(d.getBigUint64(0).toString(16).padStart(16,"0")+" "+JSON.stringify(v))};for(let e=-325;e<=309;e+=7)put(Number("1e"+e));for(let e=-8;e<=23;e++)for(let i=0;i<6;i++)put(Number(r()>>11n)/2**53*10**e*(i&1?-1:1));for(let i=0;i<200;i++){d.setBigUint64(0,r());put(d.getFloat64(0))}console.log(o.join("\n"))' > tests/fixtures/json/numbers.txt
#include "json_out.h"

#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace essa {
namespace {

using namespace std::literals;

std::string js_number(double v) {
  char buf[kJsNumberMaxChars];
  return std::string(buf, format_js_number(v, buf));
}

std::string json_string(std::string_view s) {
  JsonOut out;
  out.string(s);
  return out.take();
}

// {a:1,b:[1,2,{c:[]}],d:{},e:"x",f:null,g:true,h:false,i:[[]],j:[{}]}
void write_sample(JsonOut& out) {
  out.begin_object();
  out.key("a");
  out.integer(1);
  out.key("b");
  out.begin_array();
  out.integer(1);
  out.number(2);
  out.begin_object();
  out.key("c");
  out.begin_array();
  out.end_array();
  out.end_object();
  out.end_array();
  out.key("d");
  out.begin_object();
  out.end_object();
  out.key("e");
  out.string("x");
  out.key("f");
  out.null();
  out.key("g");
  out.boolean(true);
  out.key("h");
  out.boolean(false);
  out.key("i");
  out.begin_array();
  out.begin_array();
  out.end_array();
  out.end_array();
  out.key("j");
  out.begin_array();
  out.begin_object();
  out.end_object();
  out.end_array();
  out.end_object();
}

TEST(JsonOutTest, CompactNesting) {
  JsonOut out;
  write_sample(out);
  EXPECT_EQ(out.str(),
            R"({"a":1,"b":[1,2,{"c":[]}],"d":{},"e":"x","f":null,"g":true,"h":false,)"
            R"("i":[[]],"j":[{}]})");
  EXPECT_EQ(out.depth(), 0u);
}

TEST(JsonOutTest, PrettyNestingMatchesStringifyIndent2) {
  JsonOut out(/*pretty=*/true);
  write_sample(out);
  EXPECT_EQ(out.str(),
            "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2,\n    {\n      \"c\": []\n    }\n  ],\n"
            "  \"d\": {},\n  \"e\": \"x\",\n  \"f\": null,\n  \"g\": true,\n  \"h\": false,\n"
            "  \"i\": [\n    []\n  ],\n  \"j\": [\n    {}\n  ]\n}");
}

TEST(JsonOutTest, PrettyEmptyContainersStayOnOneLine) {
  JsonOut out(true);
  out.begin_array();
  out.begin_array();
  out.end_array();
  out.begin_object();
  out.end_object();
  out.end_array();
  EXPECT_EQ(out.str(), "[\n  [],\n  {}\n]");
}

TEST(JsonOutTest, TopLevelScalarsAndSequences) {
  JsonOut a;
  a.number(1.5);
  EXPECT_EQ(a.str(), "1.5");
  // Top-level values get no separator: a caller writing NDJSON adds its own newlines.
  JsonOut b;
  b.begin_object();
  b.end_object();
  b.raw("\n");
  b.begin_array();
  b.integer(7);
  b.end_array();
  EXPECT_EQ(b.str(), "{}\n[7]");
}

TEST(JsonOutTest, ScalarsAndRaw) {
  JsonOut out;
  out.begin_array();
  out.boolean(true);
  out.boolean(false);
  out.null();
  out.raw(R"({"x":[1]})");
  out.integer(int64_t{-9223372036854775807 - 1});
  out.integer(uint64_t{18446744073709551615u});
  out.integer(uint32_t{4294967295u});
  out.integer(-3);
  out.string("");
  out.end_array();
  EXPECT_EQ(out.str(),
            R"([true,false,null,{"x":[1]},-9223372036854775808,18446744073709551615,)"
            R"(4294967295,-3,""])");
}

TEST(JsonOutTest, EscapesLikeStringify) {
  // JSON.stringify("q\"b\\s/\b\f\n\r\t\x00\x01\x1f\x7f\u2028\u2029é€😀"): '/' , DEL, U+2028,
  // U+2029 and all non-ASCII stay as they are; control characters use lowercase \u00xx.
  EXPECT_EQ(json_string("q\"b\\s/\b\f\n\r\t\x00\x01\x1f\x7f"
                        "\xE2\x80\xA8\xE2\x80\xA9\xC3\xA9\xE2\x82\xAC"
                        "\xF0\x9F\x98\x80"sv),
            "\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\x7f"
            "\xE2\x80\xA8\xE2\x80\xA9\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\"");
  EXPECT_EQ(json_string("\x0b\x0e\x1b"), "\"\\u000b\\u000e\\u001b\"");
  EXPECT_EQ(json_string("plain ascii text"), "\"plain ascii text\"");
}

TEST(JsonOutTest, LoneSurrogatesBecomeEscapes) {
  // JSON.stringify("a\uD800b\uDBFFc\uDC00d\uDFFF\uD83D\uDE00\uDE00\uD83D"), input in WTF-8.
  EXPECT_EQ(json_string("a\xED\xA0\x80"
                        "b\xED\xAF\xBF"
                        "c\xED\xB0\x80"
                        "d\xED\xBF\xBF\xF0\x9F\x98\x80\xED\xB8\x80\xED\xA0\xBD"),
            "\"a\\ud800b\\udbffc\\udc00d\\udfff\xF0\x9F\x98\x80\\ude00\\ud83d\"");
  // ED 80..9F is no surrogate: U+D000 and U+D7FF are copied.
  EXPECT_EQ(json_string("\xED\x80\x80\xED\x9F\xBF"), "\"\xED\x80\x80\xED\x9F\xBF\"");
  // A high then a low surrogate, as two 3-byte pieces, is one code point to JavaScript.
  EXPECT_EQ(json_string("\xED\xA0\xBD\xED\xB8\x80"), "\"\xF0\x9F\x98\x80\"");
  EXPECT_EQ(json_string("\xED\xA0\xBD\xED\xA0\xBD"), "\"\\ud83d\\ud83d\"");
  EXPECT_EQ(json_string("\xED\xB8\x80\xED\xA0\xBD"), "\"\\ude00\\ud83d\"");
}

TEST(JsonOutTest, NumbersLikeStringify) {
  EXPECT_EQ(js_number(0), "0");
  EXPECT_EQ(js_number(-0.0), "0");
  EXPECT_EQ(js_number(1), "1");
  EXPECT_EQ(js_number(-1), "-1");
  EXPECT_EQ(js_number(0.1), "0.1");
  EXPECT_EQ(js_number(1.5), "1.5");
  EXPECT_EQ(js_number(100), "100");
  EXPECT_EQ(js_number(123.456), "123.456");
  EXPECT_EQ(js_number(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(js_number(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(js_number(123e-20), "1.23e-18");
  EXPECT_EQ(js_number(9007199254740992.0), "9007199254740992");  // 2**53
  EXPECT_EQ(js_number(9007199254740994.0), "9007199254740994");  // 2**53+2
  EXPECT_EQ(js_number(-2147483648.0), "-2147483648");
  EXPECT_EQ(js_number(4294967295.0), "4294967295");
  EXPECT_EQ(js_number(18446744073709551616.0), "18446744073709552000");  // 2**64
  EXPECT_EQ(js_number(5e-324), "5e-324");
  EXPECT_EQ(js_number(1.7976931348623157e308), "1.7976931348623157e+308");
  // The 1e-6 / 1e-7 boundary between 0.000ddd and exponent form.
  EXPECT_EQ(js_number(0.000001), "0.000001");
  EXPECT_EQ(js_number(1e-6), "0.000001");
  EXPECT_EQ(js_number(9.99e-7), "9.99e-7");
  EXPECT_EQ(js_number(1.5e-7), "1.5e-7");
  EXPECT_EQ(js_number(-1.5e-7), "-1.5e-7");
  EXPECT_EQ(js_number(1e-7), "1e-7");
  // The 1e21 boundary between plain digits and exponent form.
  EXPECT_EQ(js_number(1e20), "100000000000000000000");
  EXPECT_EQ(js_number(std::nextafter(1e21, 0.0)), "999999999999999900000");
  EXPECT_EQ(js_number(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(js_number(1e21), "1e+21");
  EXPECT_EQ(js_number(1.2e21), "1.2e+21");
  // Not JSON numbers: JSON.stringify prints null.
  EXPECT_EQ(js_number(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(js_number(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(js_number(-std::numeric_limits<double>::infinity()), "null");

  JsonOut out;
  out.begin_array();
  out.number(-0.0);
  out.number(1e21);
  out.number(std::numeric_limits<double>::quiet_NaN());
  out.end_array();
  EXPECT_EQ(out.str(), "[0,1e+21,null]");
}

TEST(JsonOutTest, NumbersMatchNodeFixture) {
  std::ifstream in(ESSA_FIXTURES_DIR "/json/numbers.txt");
  ASSERT_TRUE(in.is_open());
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    const size_t space = line.find(' ');
    ASSERT_NE(space, std::string::npos) << line;
    uint64_t bits = 0;
    const auto res = std::from_chars(line.data(), line.data() + space, bits, 16);
    ASSERT_EQ(res.ptr, line.data() + space) << line;
    EXPECT_EQ(js_number(std::bit_cast<double>(bits)), line.substr(space + 1)) << line;
    ++checked;
  }
  EXPECT_EQ(checked, 483);
}

TEST(JsonOutTest, RandomBitPatternsRoundTrip) {
  std::mt19937_64 rng(20240611);
  for (int i = 0; i < 100000; ++i) {
    const double v = std::bit_cast<double>(rng());
    const std::string s = js_number(v);
    if (!std::isfinite(v)) {
      EXPECT_EQ(s, "null");
      continue;
    }
    double back = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), back);
    ASSERT_EQ(res.ptr, s.data() + s.size()) << s;
    ASSERT_EQ(back, v) << s;  // -0 prints "0", which compares equal
  }
}

// Collects every chunk a sink receives.
struct Chunks {
  std::string all;
  int calls = 0;
};

void collect(void* ctx, const char* data, size_t size) {
  auto* c = static_cast<Chunks*>(ctx);
  c->all.append(data, size);
  ++c->calls;
}

void write_big_array(JsonOut& out) {
  out.begin_array();
  for (int i = 0; i < 20000; ++i) {
    out.begin_object();
    out.key("n");
    out.integer(i);
    out.key("s");
    out.string("text\n");
    out.end_object();
  }
  out.end_array();
}

TEST(JsonOutTest, SinkGetsChunksPastThreshold) {
  JsonOut whole;
  write_big_array(whole);
  ASSERT_GT(whole.str().size(), 3 * JsonOut::kFlushThreshold);

  Chunks chunks;
  JsonOut out(collect, &chunks);
  write_big_array(out);
  EXPECT_LE(out.str().size(), JsonOut::kFlushThreshold + 64);
  out.flush();
  EXPECT_TRUE(out.str().empty());
  EXPECT_GE(chunks.calls, 4);
  EXPECT_EQ(chunks.all, whole.str());
}

TEST(JsonOutTest, StringAndFileSinks) {
  std::string text;
  JsonOut to_string(json_sink_string, &text, true);
  to_string.begin_array();
  to_string.integer(1);
  to_string.end_array();
  EXPECT_EQ(text, "");
  to_string.flush();
  EXPECT_EQ(text, "[\n  1\n]");

  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  JsonOut to_file(json_sink_file, f);
  to_file.begin_object();
  to_file.key("k");
  to_file.string("v");
  to_file.end_object();
  to_file.flush();
  std::rewind(f);
  char buf[32] = {};
  const size_t n = std::fread(buf, 1, sizeof buf, f);
  std::fclose(f);
  EXPECT_EQ(std::string(buf, n), R"({"k":"v"})");
}

}  // namespace
}  // namespace essa
