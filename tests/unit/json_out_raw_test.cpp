// JsonOut's fast paths against slow references: integers at every digit-count boundary,
// escaping with a special byte at every position of a word and its tail, strings longer than
// one slice or one chunk, and ESTree output that crosses many flushes.
#include <gtest/gtest.h>

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "essa/estree.h"
#include "essa/parse.h"
#include "json_out.h"

namespace essa {
namespace {

std::string text(const char* begin, const char* end) {
  return std::string(begin, static_cast<std::size_t>(end - begin));
}

std::string decimal(uint64_t v) {
  char buf[24];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

TEST(JsonOutRawTest, Uint32AtEveryDigitBoundary) {
  uint64_t power = 1;
  for (int digits = 1; digits <= 10; ++digits, power *= 10) {
    for (uint64_t v : {power - 1, power, power + 1, power * 5 + 7}) {
      if (v > UINT32_MAX) continue;
      char buf[16];
      const char* end = json_detail::write_uint32(buf, static_cast<uint32_t>(v));
      EXPECT_EQ(text(buf, end), decimal(v));
    }
  }
  char buf[16];
  EXPECT_EQ(text(buf, json_detail::write_uint32(buf, UINT32_MAX)), "4294967295");
  EXPECT_EQ(text(buf, json_detail::write_uint32(buf, 0)), "0");
  EXPECT_EQ(text(buf, json_detail::write_uint32(buf, 100000000)), "100000000");
  EXPECT_EQ(text(buf, json_detail::write_uint32(buf, 1000000007)), "1000000007");
}

TEST(JsonOutRawTest, IntegersOfEveryWidth) {
  JsonOut out;
  out.begin_array();
  out.integer(int64_t{-9223372036854775807} - 1);
  out.integer(uint64_t{18446744073709551615u});
  out.integer(-1);
  out.integer(uint8_t{255});
  out.end_array();
  EXPECT_EQ(out.str(), "[-9223372036854775808,18446744073709551615,-1,255]");
}

// JSON.stringify's escaping of a WTF-8 string, one character at a time.
std::string reference_quote(std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  auto unit_at = [&](std::size_t i) -> uint32_t {  // a surrogate encoded at i, or 0
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xED &&
        static_cast<unsigned char>(s[i + 1]) >= 0xA0) {
      return 0xD000u | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
             (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    }
    return 0;
  };
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (const uint32_t unit = unit_at(i); unit != 0) {
      const uint32_t next = unit_at(i + 3);
      if (unit < 0xDC00 && next >= 0xDC00) {
        const uint32_t cp = 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00);
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
        i += 6;
      } else {
        out += "\\ud";
        out += kHex[(unit >> 8) & 0xF];
        out += kHex[(unit >> 4) & 0xF];
        out += kHex[unit & 0xF];
        i += 3;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  return out + "\"";
}

std::string escaped(std::string_view s) {
  JsonOut out;
  out.string(s);
  return std::string(out.str());
}

TEST(JsonOutRawTest, ReferenceAgreesWithKnownEscapes) {
  EXPECT_EQ(reference_quote("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
  EXPECT_EQ(reference_quote("\xED\xA0\x80"), "\"\\ud800\"");
  EXPECT_EQ(reference_quote("\xED\xA0\xBD\xED\xB8\x80"), "\"\xF0\x9F\x98\x80\"");
}

TEST(JsonOutRawTest, EverySpecialAtEveryPositionAndLength) {
  const std::string specials[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", " ",
                                  "\xED\x9F\xBF",  // U+D7FF: an ordinary ED sequence
                                  "\xED\xB0\x80",  // a lone low surrogate
                                  "\xED\xA0\xBD\xED\xB8\x80",  // a pair written apart
                                  "\xC3\xA9"};
  for (std::size_t length = 0; length <= 24; ++length) {
    for (std::size_t at = 0; at <= length; ++at) {
      for (const std::string& special : specials) {
        const std::string s = std::string(at, 'a') + special + std::string(length - at, 'b');
        ASSERT_EQ(escaped(s), reference_quote(s)) << "length " << length << " at " << at;
      }
    }
    const std::string plain(length, 'x');
    ASSERT_EQ(escaped(plain), "\"" + plain + "\"");
  }
}

struct Chunks {
  std::string all;
  int calls = 0;
};

void collect(void* ctx, const char* data, std::size_t size) {
  auto* c = static_cast<Chunks*>(ctx);
  c->all.append(data, size);
  ++c->calls;
}

TEST(JsonOutRawTest, LongStringsAcrossSlicesAndChunks) {
  // Escapes and a surrogate pair placed around every multiple of the 512-byte slice, and a
  // string of several chunks: each must come out as the reference, with or without a sink.
  std::string s;
  while (s.size() < 3 * JsonOut::kFlushThreshold) {
    s += std::string(509, 'q');
    s += "\xED\xA0\xBD\xED\xB8\x80\n\"\x02";
  }
  const std::string expected = "[" + reference_quote(s) + "," + reference_quote(s) + "]";
  JsonOut whole;
  whole.begin_array();
  whole.string(s);
  whole.string(s);
  whole.end_array();
  EXPECT_EQ(whole.str(), expected);

  Chunks chunks;
  JsonOut out(collect, &chunks);
  out.begin_array();
  out.string(s);
  out.string(s);
  out.end_array();
  out.flush();
  EXPECT_EQ(chunks.all, expected);
  EXPECT_GE(chunks.calls, 6);
}

// The compact ESTree writer reserves room per node: a tree far larger than one chunk, runs of
// array holes, and a string literal larger than a chunk must stream out unchanged.
TEST(JsonOutRawTest, EstreeOutputAcrossManyChunks) {
  std::string source;
  // write_estree hands out chunks of a few MB, so the output runs to several times that.
  for (int i = 0; i < 30000; ++i) source += "a" + std::to_string(i) + " = [b, , \"s\\n\"];\n";
  source += "[" + std::string(100000, ',') + "];\n";
  source += "'" + std::string(5000000, 'z') + "\\t';\n";
  const ParseResult result = parse(source);
  ASSERT_TRUE(result.ok());
  for (bool located : {false, true}) {
    EstreeOptions options;
    options.loc = located;
    options.range = located;
    const std::string whole = estree_json(result, options);
    ASSERT_GT(whole.size(), 15000000u);
    Chunks chunks;
    ASSERT_TRUE(write_estree(collect, &chunks, result, options));
    EXPECT_EQ(chunks.all, whole);
    EXPECT_GE(chunks.calls, 4);
    // The hole run and the long string, written exactly.
    std::string holes = "\"elements\":[";
    for (int i = 0; i < 100000; ++i) holes += i == 0 ? "null" : ",null";
    EXPECT_NE(whole.find(holes + "]}"), std::string::npos);
    EXPECT_NE(whole.find("\"value\":\"" + std::string(5000000, 'z') + "\\t\""), std::string::npos);
  }
}

}  // namespace
}  // namespace essa
