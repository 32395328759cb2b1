// Checks on the JSON essa writes, shared by the harnesses. They live in their own library,
// compiled without coverage instrumentation: the fuzzer's feedback then comes from essa alone,
// not from the branches of the JSON reader, and each run costs a fraction of the time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace essa::fuzz {

// Aborts unless `text` is valid JSON whose root is an object of type "Program".
void check_program(std::string_view text);

// Aborts unless `text` is a Program (as above) whose every node has start <= end inside
// [0, size] (UTF-16 units), range equal to [start, end], loc.start <= loc.end, lies inside its
// parent, and whose node lists come in source order without overlapping.
void check_located_program(std::string_view text, uint64_t size);

// Aborts unless `text` is a Program (as above) with this sourceType, with a "comments" array
// exactly when `comments`, "range" exactly when `range`, and "loc" exactly when `loc`, ending
// in "source": source_file when source_file is not null.
void check_program_keys(std::string_view text, std::string_view source_type, bool comments,
                        bool loc, bool range, const char* source_file);

// Aborts unless `text` is a JSON array, or with `comments` the object {"tokens": [...],
// "comments": [...]}.
void check_token_list(std::string_view text, bool comments);

// Aborts unless `text` is a valid JSON array of `count` elements.
void check_array_of(std::string_view text, std::size_t count);

}  // namespace essa::fuzz
