// Fail closed on read caps, through the whole scan: a batch package that hits a cap of the reader (the whitespace
// trick over the compression-ratio cap, a script over the entry-size cap) is ranked from what was read, flagged, and
// placed first in its list whatever its score; one a cap cut before any script is listed among the errors. Batches
// are temp folders of the demo corpus's archives plus hostile ones built here (no binary fixtures).
#include "archive_builder.h"
#include "demo_corpus.h"
#include "hostile_inputs.h"
#include "pipeline/ranking_csv.h"
#include "pipeline/scan.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace mph;
using mph::test::buildArchive;
using mph::test::file;
using mph::test::Format;

namespace {

namespace fs = std::filesystem;

void put(const fs::path &path, std::string_view bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The whitespace trick: the call hides after `spaces` spaces, which compress to almost nothing.
std::string whitespaceSetup(std::size_t spaces) {
    return "import os\n" + std::string(spaces, ' ') + "os.system('id')\n";
}

std::vector<test::Entry> sdist(const std::string &top, const std::string &name, const std::string &setup) {
    return {file(top + "/setup.py", setup), file(top + "/PKG-INFO", "Name: " + name + "\nVersion: 1.0\n")};
}

struct Fixture {
    QTemporaryDir dir;
    ScanResult result;
};

// Demo background, known and batch archives, plus the hostile batch packages (all, or only the one cut by the entry
// cap); one scan, no cache, no map.
void scanWithHostileBatch(Fixture &fixture, bool all = true) {
    const fs::path root = fixture.dir.path().toStdString();
    for (const DemoFile &demo : demoCorpus())
        put(root / demo.path, demo.bytes);
    const fs::path batch = root / "batch";
    // 17 MiB of spaces: over the entry-size cap, so os.system is never read.
    put(batch / "wsbig-1.0.tar.gz",
        buildArchive(Format::TarGz, sdist("wsbig-1.0", "wsbig", whitespaceSetup(17u << 20))));
    if (all) {
        // 2 MB of spaces: whole (under the 16 MiB entry cap), over the compression-ratio cap.
        put(batch / "wsgz-1.0.tar.gz",
            buildArchive(Format::TarGz, sdist("wsgz-1.0", "wsgz", whitespaceSetup(2'000'000))));
        put(batch / "wszip-1.0.zip",
            buildArchive(Format::Zip, sdist("wszip-1.0", "wszip", whitespaceSetup(2'000'000))));
        // 1 GiB of zeros and nothing else: the total-size cap stops the read before any script.
        put(batch / "zeros-1.0.tar.gz", test::tarGzOfZeros("zeros-1.0/zeros.bin", 1ull << 30));
    }

    ScanOptions options;
    options.batches = {{"hostile", {batch}}};
    options.background = {root / "background"};
    options.known = {root / "known"};
    options.projection = false;
    options.jobs = 2;
    fixture.result = runScan(options).result;
}

const RankedScript *installRowOf(const ScanResult &result, std::string_view package) {
    for (const RankedScript &r : result.ranking) {
        const ScriptEntry &entry = result.scripts[r.entry];
        if (entry.scope == Scope::Install && result.packageOf(entry).name == package) return &r;
    }
    return nullptr;
}

} // namespace

class ScanCapsTest : public QObject {
    Q_OBJECT
  private slots:
    void initTestCase() {
        QVERIFY(fixture_.dir.isValid());
        scanWithHostileBatch(fixture_);
        QVERIFY(!fixture_.result.ranking.empty());
    }

    void cappedPackagesAreReadNotErrors() {
        const ScanResult &result = fixture_.result;
        for (const ReadError &error : result.errors)
            QVERIFY2(error.source.find("/batch/ws") == std::string::npos, error.reason.c_str());
        for (const char *name : {"wsgz", "wszip", "wsbig"}) {
            const RankedScript *row = installRowOf(result, name);
            QVERIFY2(row, name);
            const ScriptEntry &entry = result.scripts[row->entry];
            const Package &package = result.packageOf(entry);
            QCOMPARE(result.packageRoles[entry.package], Role::Batch);
            QVERIFY2(std::any_of(package.caps.begin(), package.caps.end(),
                                 [&](const std::string &note) {
                                     return note.find("\"" + package.name + "-1.0/setup.py\"") != std::string::npos;
                                 }),
                     name);
            QVERIFY2(row->flagged, name);
        }
        // Under the entry cap the whole script is read, the hidden call included.
        for (const char *name : {"wsgz", "wszip"}) {
            const ScriptEntry &entry = result.scripts[installRowOf(result, name)->entry];
            QVERIFY(!result.scriptOf(entry).truncated);
            QCOMPARE(result.scriptOf(entry).text.size(), whitespaceSetup(2'000'000).size());
        }
        const ScriptEntry &big = result.scripts[installRowOf(result, "wsbig")->entry];
        QVERIFY(result.scriptOf(big).truncated);
        QCOMPARE(result.scriptOf(big).text.size(), std::size_t(16u << 20));
    }

    void flaggedScriptsRankFirstWhateverTheirScore() {
        const ScanResult &result = fixture_.result;
        std::vector<const RankedScript *> install;
        for (const RankedScript &r : result.ranking)
            if (result.scripts[r.entry].scope == Scope::Install) install.push_back(&r);
        QVERIFY(install.size() > 3);
        std::size_t flagged = 0;
        double bestUnflagged = -1;
        for (std::size_t i = 0; i < install.size(); ++i) {
            QCOMPARE(install[i]->rank, std::uint32_t(i + 1));
            if (install[i]->flagged) {
                QCOMPARE(flagged, i); // no unflagged script before a flagged one
                ++flagged;
                if (i > 0 && install[i - 1]->flagged) QVERIFY(install[i - 1]->score >= install[i]->score);
            } else {
                bestUnflagged = std::max(bestUnflagged, install[i]->score);
                if (i > flagged) QVERIFY(install[i - 1]->score >= install[i]->score);
            }
        }
        QCOMPARE(flagged, std::size_t(3));
        // The cut script (its call never read) scores below the batch's best unflagged script, and still ranks above.
        const RankedScript *big = installRowOf(result, "wsbig");
        QVERIFY(big->rank <= 3);
        QVERIFY2(big->score < bestUnflagged, qPrintable(QString("%1 vs %2").arg(big->score).arg(bestUnflagged)));
        QVERIFY(installRowOf(result, "wsgz")->rank <= 3 && installRowOf(result, "wszip")->rank <= 3);
    }

    void aloneTheCutScriptRanksFirst() {
        // The only flagged script of its batch: rank 1, though several unflagged scripts score higher.
        Fixture fixture;
        QVERIFY(fixture.dir.isValid());
        scanWithHostileBatch(fixture, false);
        const ScanResult &result = fixture.result;
        const RankedScript *big = installRowOf(result, "wsbig");
        QVERIFY(big);
        QVERIFY(big->flagged);
        QCOMPARE(big->rank, std::uint32_t(1));
        std::size_t higher = 0;
        for (const RankedScript &r : result.ranking) {
            if (result.scripts[r.entry].scope != Scope::Install || &r == big) continue;
            QVERIFY(!r.flagged);
            higher += r.score > big->score;
        }
        qInfo("wsbig: rank 1, score %.4f; %zu unflagged install scripts score higher", big->score, higher);
        QVERIFY(higher > 0);
    }

    void csvCarriesTheFlag() {
        const ScanResult &result = fixture_.result;
        std::ostringstream out;
        writeRankingCsv(out, result);
        std::istringstream in(out.str());
        std::string header, line;
        std::getline(in, header);
        // flagged, then the columns appended after it (campaign, campaign_size, follows_malicious, prior_verdict,
        // first_seen, capability, capability_call), none quoted.
        const std::string tail =
            ",flagged,campaign,campaign_size,follows_malicious,prior_verdict,first_seen,capability,capability_call";
        QVERIFY(header.size() > tail.size() && header.substr(header.size() - tail.size()) == tail);
        const auto fieldFromEnd = [](const std::string &row, int back) {
            std::size_t end = row.size();
            for (int k = 0; k < back; ++k)
                end = row.rfind(',', end - 1);
            const std::size_t begin = row.rfind(',', end - 1) + 1;
            return row.substr(begin, end - begin);
        };
        std::size_t ones = 0, rows = 0;
        while (std::getline(in, line)) {
            const std::string flagged = fieldFromEnd(line, 7);
            QVERIFY2(flagged == "1" || flagged == "0", line.c_str());
            ones += flagged == "1";
            ++rows;
        }
        QCOMPARE(rows, result.ranking.size());
        QCOMPARE(ones, std::size_t(std::count_if(result.ranking.begin(), result.ranking.end(),
                                                 [](const RankedScript &r) { return r.flagged; })));
        QVERIFY(ones >= 3);
    }

    void packageCutBeforeAnyScriptIsAnError() {
        const ScanResult &result = fixture_.result;
        const auto error = std::find_if(result.errors.begin(), result.errors.end(), [](const ReadError &e) {
            return e.source.find("zeros-1.0.tar.gz") != std::string::npos;
        });
        QVERIFY(error != result.errors.end());
        QVERIFY2(error->reason.find("not ranked") != std::string::npos, error->reason.c_str());
        QVERIFY2(error->reason.find("total-size cap") != std::string::npos, error->reason.c_str());
    }

    void demoScanFlagsNothing() {
        ScanOptions options;
        options.demo = true;
        options.projection = false;
        const ScanResult result = runScan(options).result;
        QVERIFY(!result.ranking.empty());
        QVERIFY(std::none_of(result.ranking.begin(), result.ranking.end(),
                             [](const RankedScript &r) { return r.flagged; }));
    }

  private:
    Fixture fixture_;
};

QTEST_GUILESS_MAIN(ScanCapsTest)
#include "tst_scan_caps.moc"
