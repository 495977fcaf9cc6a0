#include "base/Constants.h"
#include "base/Format.h"
#include "export/Exports.h"

#include <map>

namespace vmviz::exports {

std::string vmallocinfo(const Machine& machine)
{
    std::string out;
    for (const AreaId id : machine.vmalloc.vmlist()) {
        const AreaInfo a = machine.vmalloc.area(id);
        out += fmt::printf("0x%s-0x%s %7lld", fmt::pointer(a.addr).c_str(),
                           fmt::pointer(a.addr + a.size).c_str(), static_cast<long long>(a.size));
        out += ' ';
        out += machine.trace.string(a.caller);
        if (a.nrPages)
            out += fmt::printf(" pages=%u", a.nrPages);
        if (a.flags & k::VM_IOREMAP)
            out += " ioremap";
        if (a.flags & k::VM_ALLOC)
            out += " vmalloc";
        if (a.flags & k::VM_MAP)
            out += " vmap";
        if (a.flags & k::VM_USERMAP)
            out += " user";
        if (a.flags & k::VM_VPAGES)
            out += " vpages";
        // show_numa_info(): the model is one node, N0.
        if (a.nrPages)
            out += fmt::printf(" N0=%u", a.nrPages);
        out += '\n';
    }
    return out;
}

} // namespace vmviz::exports
