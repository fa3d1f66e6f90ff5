// Developer tool: prints the call sequence of the Python files given on the command line (or stdin).
#include "analysis/call_sequence.h"

#include <tree_sitter/api.h>

#include <cstdlib>
#include <cstring>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

extern "C" const TSLanguage *tree_sitter_python(void);

// With --tree, the tree-sitter S-expression first.
static void printTree(const std::string &text) {
    TSParser *parser = ts_parser_new();
    ts_parser_set_language(parser, tree_sitter_python());
    TSTree *tree = ts_parser_parse_string(parser, nullptr, text.data(), static_cast<uint32_t>(text.size()));
    char *sexp = ts_node_string(ts_tree_root_node(tree));
    std::cout << sexp << '\n';
    std::free(sexp);
    ts_tree_delete(tree);
    ts_parser_delete(parser);
}

int main(int argc, char **argv) {
    mph::ScriptAnalyzer analyzer;
    bool tree = false;
    if (argc > 1 && std::strcmp(argv[1], "--tree") == 0) {
        tree = true;
        --argc;
        ++argv;
    }
    auto show = [&](const std::string &text) {
        if (tree) printTree(text);
        const mph::CallSequence sequence = analyzer.analyze(text);
        for (const mph::CallToken &call : sequence.calls)
            std::cout << call.name << "  [" << call.begin << "," << call.end << ") "
                      << text.substr(call.begin, call.end - call.begin) << '\n';
        std::cout << "-- " << sequence.size() << " calls, " << sequence.errorNodes << " error nodes"
                  << (sequence.truncated ? ", truncated" : "") << '\n';
    };
    if (argc < 2) {
        std::stringstream buffer;
        buffer << std::cin.rdbuf();
        show(buffer.str());
    }
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        show(std::string(std::istreambuf_iterator<char>(in), {}));
    }
    return 0;
}
