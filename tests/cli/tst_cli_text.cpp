// The command line's text helpers (app/cli/cli_text.h): every TSV the CLI writes escapes its fields so that a
// record stays one line of tab-separated fields, whatever bytes a file name holds; the terminal table shows the terms
// and the formula of the ranking that produced the scores (checked on the embedded demo corpus).
#include "../formula_eval.h"
#include "cli_text.h"
#include "pipeline/scan.h"

#include <QTest>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

mph::ScanResult demoScan(mph::RankingMethod method, bool known) {
    mph::ScanOptions options;
    options.demo = true;
    options.projection = false;
    options.ranking = method;
    options.useKnownDistance = known;
    return mph::runScan(options).result;
}

std::string printed(const mph::ScanResult &result, int top) {
    char *buffer = nullptr;
    std::size_t size = 0;
    std::FILE *out = open_memstream(&buffer, &size);
    mph::cli::printRankingTable(out, result, top);
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

std::vector<std::string> words(const std::string &line) {
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

// Every table's header names exactly `terms` after "score"; every row's terms, put into the formula printed under its
// table, give the row's score (to the four decimals printed). Returns the number of rows checked.
int checkTables(const std::string &text, const std::vector<std::string> &terms, const std::string &formula) {
    std::istringstream in(text);
    std::vector<std::string> rows;
    int checked = 0, tables = 0;
    for (std::string line; std::getline(in, line);) {
        const std::vector<std::string> w = words(line);
        if (!w.empty() && w[0] == "rank") {
            ++tables;
            const std::vector<std::string> header(w.begin() + 4, w.begin() + 4 + static_cast<long>(terms.size()));
            if (header != terms || w[3] != "score" || w[4 + terms.size()] != "size") {
                qWarning("header: %s", line.c_str());
                return -1;
            }
            rows.clear();
        } else if (!w.empty() && w[0] == "score" && w.size() > 2 && w[1] == "=") {
            if (line.find("score = " + formula + " (") == std::string::npos) {
                qWarning("formula: %s", line.c_str());
                return -1;
            }
            for (const std::string &row : rows) {
                const std::vector<std::string> r = words(row);
                // rank[!] package version score terms... size cluster nearest (package and version hold no space)
                std::string expression = formula;
                for (std::size_t t = 0; t < terms.size(); ++t) {
                    const std::string &value = r[4 + t];
                    if (value == "-") return -1;
                    // Longer names first would matter only for prefixes: "d_nb" before "d_b" is not one.
                    for (std::size_t at; (at = expression.find(terms[t])) != std::string::npos;)
                        expression.replace(at, terms[t].size(), value);
                }
                const std::optional<double> value = formula_eval::evaluate(expression);
                if (!value || std::abs(*value - std::stod(r[3])) > 5e-4) {
                    qWarning("row %s: %s", row.c_str(), expression.c_str());
                    return -1;
                }
                ++checked;
            }
        } else if (tables > 0 && !w.empty() && std::isdigit(static_cast<unsigned char>(w[0][0]))) {
            rows.push_back(line);
        }
    }
    return checked;
}

} // namespace

class CliTextTest : public QObject {
    Q_OBJECT
  private slots:
    void plainTextIsUnchanged() {
        QCOMPARE(mph::cli::escapeField("/t/pkg-1.0.tar.gz"), std::string("/t/pkg-1.0.tar.gz"));
        QCOMPARE(mph::cli::escapeField(""), std::string());
        const std::string bytes("caf\xc3\xa9 \xff\xfe", 8); // UTF-8 or not: bytes pass through
        QCOMPARE(mph::cli::escapeField(bytes), bytes);
    }

    void separatorsAndBackslashAreEscaped() {
        QCOMPARE(mph::cli::escapeField("a\tb\nc\rd\\e"), std::string("a\\tb\\nc\\rd\\\\e"));
        QCOMPARE(mph::cli::escapeField("\t\t"), std::string("\\t\\t"));
        const std::string escaped = mph::cli::escapeField("x\n\r\t\\y");
        QVERIFY(escaped.find_first_of("\t\n\r") == std::string::npos);
    }

    void escapingIsUnambiguous() {
        // A tab and the two characters backslash-t are written differently.
        QVERIFY(mph::cli::escapeField("\t") != mph::cli::escapeField("\\t"));
        QCOMPARE(mph::cli::escapeField("\\t"), std::string("\\\\t"));
        QVERIFY(mph::cli::escapeField("\\\n") != mph::cli::escapeField("\\n\\"));
    }

    // The default ranking (contrastive, with the known set): no d_b column; its terms and its formula instead.
    void demoTableShowsTheContrastiveTerms() {
        const std::string text = printed(demoScan(mph::RankingMethod::Contrastive, true), 10);
        QVERIFY2(text.find(" d_b ") == std::string::npos, text.c_str());
        const int rows = checkTables(text, {"d_k", "d_nb", "d_m", "evidence", "capability"},
                                     "0.2 \u00b7 d_k/2 + 0.8 \u00b7 (d_nb \u2212 d_m + 2)/4 + 0.08 \u00b7 evidence + "
                                     "0.02 \u00b7 capability");
        QVERIFY2(rows >= 10, text.c_str());
        QVERIFY(text.find("(contrastive ranking)") != std::string::npos);
    }

    void demoTableWithoutKnownSet() {
        const std::string text = printed(demoScan(mph::RankingMethod::Contrastive, false), 5);
        QVERIFY2(checkTables(text, {"d_k", "rarity", "capability"},
                             "d_k/2 + 0.3 \u00b7 rarity + 0.2 \u00b7 capability") >= 5,
                 text.c_str());
        QVERIFY(text.find("(contrastive ranking, no known set)") != std::string::npos);
    }

    void demoTableOfThePaperRanking() {
        const std::string text = printed(demoScan(mph::RankingMethod::Paper, true), 5);
        QVERIFY2(
            checkTables(text, {"d_b", "d_m", "W_b"}, "W_b \u00b7 d_b/2 + (1 \u2212 W_b) \u00b7 (2 \u2212 d_m)/2") >= 5,
            text.c_str());
    }
};

QTEST_GUILESS_MAIN(CliTextTest)
#include "tst_cli_text.moc"
