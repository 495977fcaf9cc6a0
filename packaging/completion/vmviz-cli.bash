# SPDX-License-Identifier: GPL-2.0-only
# bash completion for vmviz-cli. Scenario, lesson and view names come from the program itself
# (`vmviz-cli list`, `vmviz-cli help`) when completing, so they follow the installed version.
# Plain compgen only: it works with or without the bash-completion package's helpers.

_vmviz_cli_words()
{
    local word
    while read -r word; do
        [[ -n $word ]] && COMPREPLY+=("$word")
    done < <(compgen -W "$1" -- "$2")
}

_vmviz_cli_files()
{
    local IFS=$'\n'
    local pattern=$2
    local f
    compopt -o filenames 2>/dev/null
    for f in $(compgen -f -- "$1"); do
        if [[ -d $f || -z $pattern || $f == $pattern ]]; then
            COMPREPLY+=("$f")
        fi
    done
}

_vmviz_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    local cli=${COMP_WORDS[0]}
    COMPREPLY=()

    local commands="run trace snapshot diff translate load session render quiz handout compare import list help version"
    if ((COMP_CWORD == 1)); then
        _vmviz_cli_words "$commands --help --version" "$cur"
        return
    fi
    local command=${COMP_WORDS[1]}

    case $prev in
    --format)
        case $command in
        run | trace) _vmviz_cli_words "text jsonl explain" "$cur" ;;
        snapshot | load) _vmviz_cli_words "json vmallocinfo kmemleak dmesg ptdump meminfo buddyinfo" "$cur" ;;
        *) _vmviz_cli_words "text json" "$cur" ;;
        esac
        return
        ;;
    --view)
        # The last line of `vmviz-cli help` lists the views, comma-separated.
        local views
        views=$("$cli" help 2>/dev/null | tail -n 1 | tr -d ' ' | tr ',' ' ')
        _vmviz_cli_words "$views" "$cur"
        return
        ;;
    --level)
        _vmviz_cli_words "overview standard full" "$cur"
        return
        ;;
    --kernels)
        _vmviz_cli_words "2.6.36,6.18 6.18,2.6.36" "$cur"
        return
        ;;
    --emit)
        _vmviz_cli_words "vmallocinfo" "$cur"
        return
        ;;
    -o | --output)
        _vmviz_cli_files "$cur"
        return
        ;;
    --at | --from | --to | --seed | --count | --variant | --break | --max-trace-memory)
        return # a number, settings or a function name: nothing to offer
        ;;
    esac

    if [[ $cur == -* ]]; then
        local options
        case $command in
        run) options="--format --from --to -o --max-trace-memory" ;;
        trace) options="--format --from --to --level -o --max-trace-memory" ;;
        snapshot | translate) options="--format --at -o --max-trace-memory" ;;
        diff) options="--format --from --to -o --max-trace-memory" ;;
        load) options="--format -o" ;;
        session) options="--at --break -o --max-trace-memory" ;;
        render) options="--view --at -o" ;;
        quiz) options="--seed --count --answers -o --max-trace-memory" ;;
        handout) options="-o --max-trace-memory" ;;
        compare) options="--format --kernels --variant -o --max-trace-memory" ;;
        import) options="--format --emit -o" ;;
        esac
        _vmviz_cli_words "$options" "$cur"
        return
    fi

    # The first word after the command (options and their values left out) is what it opens.
    local i positional=0
    for ((i = 2; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        --answers) ;;
        -*) ((i++)) ;;
        *) ((positional++)) ;;
        esac
    done
    case $command in
    list | help | version) return ;;
    import) ((positional == 0)) && _vmviz_cli_files "$cur" ;;
    load) ((positional == 0)) && _vmviz_cli_files "$cur" "*.json" ;;
    *)
        if ((positional == 0)); then
            local names
            names=$("$cli" list 2>/dev/null | cut -f 1)
            _vmviz_cli_words "seed $names" "$cur"
            _vmviz_cli_files "$cur" "*.vmviz*"
        fi
        ;;
    esac
}

complete -F _vmviz_cli vmviz-cli
