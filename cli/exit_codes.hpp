// Exit codes (DESIGN §7), the same whatever the output format or -o.
#pragma once

namespace figcheck::cli {

inline constexpr int kExitOk = 0;        // nothing at or above --fail-on
inline constexpr int kExitFindings = 1;  // findings at or above --fail-on
inline constexpr int kExitError = 2;     // usage, configuration or input error

}  // namespace figcheck::cli
