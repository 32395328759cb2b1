// Grammar parameters ([In], [Yield], [Await], [Return]) and the mode bits that change how a
// production parses, in one value saved and restored by RAII (ContextGuard).
#pragma once

#include <cstdint>

namespace essa {

namespace ctx {
inline constexpr uint32_t kIn = 1u << 0;            // `in` is a binary operator here
inline constexpr uint32_t kYield = 1u << 1;         // inside a generator: `yield` is an operator
inline constexpr uint32_t kAwait = 1u << 2;         // async function or module top level
inline constexpr uint32_t kReturn = 1u << 3;        // `return` is allowed
inline constexpr uint32_t kStrict = 1u << 4;        // strict mode code
// Bit 5 is free: the module goal is no grammar parameter (Parser::module()).
inline constexpr uint32_t kFunction = 1u << 6;      // inside a non-arrow function
inline constexpr uint32_t kSuperCall = 1u << 7;     // derived-class constructor: super()
inline constexpr uint32_t kSuperProperty = 1u << 8; // method: super.x
inline constexpr uint32_t kNewTarget = 1u << 9;     // new.target allowed
inline constexpr uint32_t kStaticBlock = 1u << 10;  // class static block
inline constexpr uint32_t kClassField = 1u << 11;   // class field initializer
inline constexpr uint32_t kParameters = 1u << 12;   // inside a formal parameter list
inline constexpr uint32_t kInClass = 1u << 13;      // inside a class body (private names)
inline constexpr uint32_t kAsyncArrow = 1u << 14;   // inside an async arrow's parameters or body
}  // namespace ctx

}  // namespace essa
