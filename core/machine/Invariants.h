// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// What must hold of the machine, checked after every step in debug and test builds. A broken
// invariant names itself and what it found; the kernel guards its allocators with BUG_ONs, and
// vmviz holds its model to at least that.
#include "machine/Machine.h"

#include <string>
#include <vector>

namespace vmviz {

struct InvariantViolation
{
    std::string invariant; ///< e.g. "frame conservation"
    std::string detail;
    std::string toString() const { return invariant + ": " + detail; }
};

enum class InvariantScope
{
    /// Holds after every step, even in the middle of a kernel call.
    EveryStep,
    /// Also holds between scenario operations, when no kernel call is open: every allocation has
    /// its kmemleak record, vmap_lazy_nr matches the lazily freed areas.
    Quiescent,
};

/// Every violation found (empty when the machine is sound). Cost is linear in the machine size.
std::vector<InvariantViolation> checkInvariants(const Machine& machine, InvariantScope scope);

/// Whether position `position` is between scenario operations (no kernel call open).
bool isQuiescent(const Machine& machine, std::uint64_t position);

} // namespace vmviz
