// SPDX-License-Identifier: GPL-2.0-only
// The panel names, end to end: `vmviz --panel NAME` and `vmviz-cli render --view NAME` take exactly
// the names of the one table (ui/panels/PanelTable.h) plus "window", list them in their help, reject
// any other name with the same message, and render every panel, the kernel text included. Runs the
// real binaries (VMVIZ_CLI, and VMVIZ_GUI when the GUI is built).
#include "RunProgram.h"
#include "panels/PanelTable.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

using vmviz::testing::Outcome;
using vmviz::testing::slurp;

Outcome run(const fs::path& dir, const std::string& program, const std::vector<std::string>& args)
{
    return vmviz::testing::runProgram(dir, program, args);
}

/// The names the table says both command lines take.
std::set<std::string> tableNames()
{
    std::set<std::string> out{std::string(vmviz::panels::kWholeWindow)};
    for (const vmviz::panels::PanelInfo& p : vmviz::panels::kPanels)
        out.insert(std::string(p.name));
    return out;
}

/// The names an "unknown panel 'x' (one of: a, b, …)" message lists.
std::set<std::string> namesInMessage(const std::string& err)
{
    const std::string lead = "(one of: ";
    const auto from = err.find(lead);
    if (from == std::string::npos)
        return {};
    const auto to = err.find(')', from);
    std::set<std::string> out;
    std::stringstream list(err.substr(from + lead.size(), to - from - lead.size()));
    for (std::string name; std::getline(list, name, ',');)
        out.insert(name.substr(name.find_first_not_of(' ')));
    return out;
}

bool isPng(const fs::path& p)
{
    const std::string bytes = slurp(p);
    return bytes.size() > 1000 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0;
}

class PanelNames : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_dir = fs::temp_directory_path() / ("vmviz-panels-" + std::to_string(::getpid()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path m_dir;
};

TEST_F(PanelNames, TheCallStackHasOneName)
{
    const std::set<std::string> names = tableNames();
    EXPECT_TRUE(names.count("callstack"));
    EXPECT_FALSE(names.count("source"));
    EXPECT_TRUE(names.count("kerneltext"));
    EXPECT_EQ(names.size(), vmviz::panels::kPanels.size() + 1) << "every name once";
}

TEST_F(PanelNames, TheCliTakesTheTablesNamesAndNoOther)
{
    const Outcome r = run(m_dir, VMVIZ_CLI, {"render", "seed", "--view", "source", "-o", "x.png"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find(vmviz::panels::unknownPanelMessage("source")), std::string::npos) << r.err;
    EXPECT_EQ(namesInMessage(r.err), tableNames());
    EXPECT_FALSE(fs::exists(m_dir / "x.png"));

    const Outcome help = run(m_dir, VMVIZ_CLI, {"help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find(vmviz::panels::renderableNameList()), std::string::npos) << help.out;
}

#ifdef VMVIZ_GUI

TEST_F(PanelNames, TheGuiTakesTheSameNamesAsTheCli)
{
    const Outcome gui =
        run(m_dir, VMVIZ_GUI, {"--scenario", "seed", "--panel", "source", "--screenshot", "x.png"});
    EXPECT_EQ(gui.exitCode, 2);
    EXPECT_NE(gui.err.find(vmviz::panels::unknownPanelMessage("source")), std::string::npos) << gui.err;
    const Outcome cli = run(m_dir, VMVIZ_CLI, {"render", "seed", "--view", "source", "-o", "x.png"});
    EXPECT_EQ(namesInMessage(gui.err), namesInMessage(cli.err));
    EXPECT_EQ(namesInMessage(gui.err), tableNames());
    EXPECT_FALSE(fs::exists(m_dir / "x.png"));

    const Outcome help = run(m_dir, VMVIZ_GUI, {"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const std::string& name : tableNames())
        EXPECT_NE(help.out.find(name), std::string::npos) << name << " missing from vmviz --help:\n"
                                                          << help.out;
}

TEST_F(PanelNames, EveryNameRendersThroughTheCli)
{
    for (const std::string& name : tableNames()) {
        SCOPED_TRACE(name);
        const fs::path png = m_dir / (name + ".png");
        const Outcome r =
            run(m_dir, VMVIZ_CLI, {"render", "seed", "--view", name, "--at", "112", "-o", png.string()});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        EXPECT_TRUE(isPng(png));
    }
}

TEST_F(PanelNames, TheKernelTextAndTheRibbonRenderThroughBoth)
{
    for (const std::string name : {"kerneltext", "vmalloc"}) {
        SCOPED_TRACE(name);
        const fs::path fromCli = m_dir / (name + "-cli.png");
        const fs::path fromGui = m_dir / (name + "-gui.png");
        const Outcome cli =
            run(m_dir, VMVIZ_CLI, {"render", "seed", "--view", name, "--at", "112", "-o", fromCli.string()});
        const Outcome gui =
            run(m_dir, VMVIZ_GUI,
                {"--scenario", "seed", "--at", "112", "--panel", name, "--screenshot", fromGui.string()});
        EXPECT_EQ(cli.exitCode, 0) << cli.err;
        EXPECT_EQ(gui.exitCode, 0) << gui.err;
        ASSERT_TRUE(isPng(fromCli));
        ASSERT_TRUE(isPng(fromGui));
        // The CLI hands over to the GUI: the same picture.
        EXPECT_EQ(slurp(fromCli), slurp(fromGui));
    }
}

#endif

} // namespace
