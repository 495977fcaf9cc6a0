// SPDX-License-Identifier: GPL-2.0-only
#pragma once
// The machine's memory as kmemleak's scanner reads it: the .data/.bss roots (vmlist,
// vmap_area_root, vmap_area_list, the caller's variables) and object contents built from the
// model's structures (vm_struct and vmap_area fields, page arrays) and from scenario writes.
#include "machine/Machine.h"

namespace vmviz {

class MachineMemory final : public KmemleakMemory
{
public:
    explicit MachineMemory(const Machine& machine) : m_machine(machine) {}

    std::vector<Root> roots() const override;
    std::vector<std::uint64_t> objectWords(const KmemleakObject& object) const override;
    std::uint32_t checksum(const KmemleakObject& object) const override;
    std::vector<std::uint8_t> bytes(const KmemleakObject& object, std::size_t count) const override;

    /// The 8-byte words of a kmalloc'ed vm_struct / vmap_area / page array at `address` as the
    /// kernel lays them out (kernel-facts §1.1); empty for other objects.
    std::vector<std::uint64_t> structWords(std::uint64_t address) const;

private:
    void appendCallerVariables(std::vector<Root>& out) const;

    const Machine& m_machine;
};

} // namespace vmviz
