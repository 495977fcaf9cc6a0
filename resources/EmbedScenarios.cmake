# SPDX-License-Identifier: GPL-2.0-only
# Writes a C++ table of the scenario files (name without extension -> text) for the catalogue
# (core/scenario/ScenarioCatalogue.h reads their `# title:` / `# about:` / `# kind:` header).
file(GLOB files ${DIR}/*.vmviz)
list(SORT files)
set(body "#include \"scenario/BuiltinScenarios.h\"\n\nnamespace vmviz::scenario {\n\nconst std::vector<BuiltinScenario>& builtinScenarios()\n{\n    static const std::vector<BuiltinScenario> table = {\n")
foreach(f ${files})
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} text)
  set(body "${body}        {\"${name}\", R\"vmviz_scenario(${text})vmviz_scenario\"},\n")
endforeach()
set(body "${body}    };\n    return table;\n}\n\n} // namespace vmviz::scenario\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
